// Runs the extension-host suite (test/vscode/suite) in a real VS Code desktop downloaded by
// @vscode/test-electron. Needs internet access to the VS Code update service (and a display:
// `xvfb-run -a npm run test:vscode` on a headless Linux box); where VS Code cannot be
// downloaded it fails at once saying so: use `npm run test:e2e` (code-server) there instead.
// VSCODE_EXECUTABLE_PATH=/path/to/code skips the download. Expects `npm run build` done.
import { cpSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { downloadAndUnzipVSCode, runTests } from "@vscode/test-electron";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const out = join(repo, ".vscode-test");
const suiteOut = join(out, "suite");
const workspace = join(out, "workspace");
// Oldest VS Code the manifest accepts (engines.vscode ^1.100.0): what users may still run.
const version = process.env.VSCODE_TEST_VERSION ?? "1.100.3";

// The suite is TypeScript; the extension host loads JavaScript, so bundle it (vscode and mocha
// stay external: the host provides `vscode`, mocha resolves from node_modules).
await esbuild.build({
  entryPoints: [join(repo, "test/vscode/suite/index.ts"), join(repo, "test/vscode/suite/extension.test.ts")],
  outdir: suiteOut,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["vscode", "mocha"],
  logLevel: "error",
});

rmSync(workspace, { recursive: true, force: true });
cpSync(join(repo, "test/e2e/fixtures"), workspace, { recursive: true });

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: out, timeout: 30_000 });
  } catch (error) {
    console.error(`test:vscode: could not download VS Code ${version}: ${error?.message ?? error}`);
    console.error("test:vscode: this suite needs internet access to the VS Code update service, or");
    console.error("test:vscode: VSCODE_EXECUTABLE_PATH pointing at an installed VS Code.");
    console.error("test:vscode: on machines without it, run the same checks in code-server: npm run test:e2e");
    process.exit(2);
  }
}

try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(suiteOut, "index.js"),
    launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes"],
  });
} catch (error) {
  console.error(`test:vscode: the extension-host suite failed: ${error?.message ?? error}`);
  process.exit(1);
}
