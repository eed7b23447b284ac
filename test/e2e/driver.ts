// End-to-end driver: starts code-server with the packaged .vsix on a fresh fixture workspace,
// runs each scenario in a fresh Chromium context, screenshots it, prints `N passed, N failed`
// and exits non-zero on failure. Always stops code-server and the browser.
// Usage: node --import tsx test/e2e/driver.ts [--vsix FILE] [--grep TEXT]
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { startCodeServer, type RunningCodeServer } from "./codeServer";
import { scenarios, type Scenario } from "./scenarios";
import { Workbench } from "./workbench";
import { prepareWorkspace } from "./workspace";
import { writeLargeFile } from "./largeFileScenarios";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const screenshots = join(here, "screenshots");
const scenarioTimeoutMs = 120_000;

function readOption(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The label VS Code shows for `seed-corpus` in the status bar: its first alias. */
function readCorpusLanguageLabel(): string {
  const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  const language = manifest.contributes?.languages?.find((l: { id: string }) => l.id === "seed-corpus");
  return language?.aliases?.[0] ?? "seed-corpus";
}

function fileNameOf(scenario: Scenario, index: number): string {
  return `${index + 1}-${scenario.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 48)}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runScenario(browser: Browser, server: RunningCodeServer, workspace: string, scenario: Scenario, index: number): Promise<boolean> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const workbench = new Workbench(page);
  const base = fileNameOf(scenario, index);
  const started = Date.now();
  try {
    await withTimeout(
      (async () => {
        await workbench.load(server.url, workspace);
        await scenario.run({
          workbench,
          workspace,
          extensionsDir: server.extensionsDir,
          corpusLanguage: readCorpusLanguageLabel(),
          screenshot: (name) => workbench.screenshot(join(screenshots, `${name}.png`)),
        });
      })(),
      scenarioTimeoutMs,
      scenario.name,
    );
    console.log(`  ✓ ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    console.log(`  ✗ ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(`    ${String(error instanceof Error ? error.message : error).split("\n").join("\n    ")}`);
    await workbench.screenshot(join(screenshots, `${base}-FAILED.png`)).catch(() => undefined);
    console.log(`    screenshot: ${join(screenshots, `${base}-FAILED.png`)}`);
    return false;
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const vsix = resolve(readOption("--vsix") ?? join(repo, "seed-review.vsix"));
  const grep = readOption("--grep");
  const selected = scenarios.filter((s) => !grep || s.name.includes(grep));
  rmSync(screenshots, { recursive: true, force: true }); // no stale FAILED shots from earlier runs
  mkdirSync(screenshots, { recursive: true });
  const workspace = join(here, "workspace");
  prepareWorkspace(join(here, "fixtures"), workspace);
  writeLargeFile(workspace);

  const started = Date.now();
  const server = await startCodeServer(
    {
      binary: join(here, ".cache/code-server/node_modules/.bin/code-server"),
      runDir: join(here, ".cache/run"),
      logFile: join(screenshots, "code-server.log"),
    },
    vsix,
    workspace,
  );
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  try {
    console.log(`e2e: code-server at ${server.url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    });
    for (const [index, scenario] of selected.entries()) {
      if (await runScenario(browser, server, workspace, scenario, index)) passed++;
      else failed++;
    }
  } catch (error) {
    console.log(`e2e: setup failed: ${error instanceof Error ? error.stack : error}`);
    failed += selected.length - passed - failed || 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
  if (failed > 0) console.log(`e2e: logs in ${join(screenshots, "code-server.log")} and ${server.userDataDir}/logs`);
  console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
