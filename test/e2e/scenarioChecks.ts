// What every scenario file shares: the scenario types, a failing check, and waits for what the
// server does asynchronously (review files on disk, hovers that change as diagnostics arrive).
import { existsSync, readFileSync } from "node:fs";
import type { Workbench } from "./workbench";

export interface ScenarioContext {
  workbench: Workbench;
  workspace: string; // absolute path of the opened folder
  extensionsDir: string; // this run's extensions dir (its language server runs from there)
  corpusLanguage: string; // the language-mode label of `seed-corpus` (from package.json)
  screenshot(name: string): Promise<void>;
}

export interface Scenario {
  name: string;
  run(ctx: ScenarioContext): Promise<void>;
}

export function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Polls the file system until `path` holds text that `accept`s (the server writes asynchronously). */
export async function waitForFile(path: string, timeoutMs: number, accept: (text: string) => boolean = () => true): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  while (Date.now() < deadline) {
    if (existsSync(path)) {
      text = readFileSync(path, "utf8");
      if (text.trim().length > 0 && accept(text)) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} was not written as expected within ${timeoutMs} ms; it holds: ${text.slice(0, 300)}`);
}

/**
 * Re-shows the hover until `accept` holds for its text (diagnostics are republished async).
 * Each showing waits for `mustContain` (e.g. a part only the server's hover provider writes), so
 * a slow provider is not cut short by the next showing, which would cancel its request.
 */
export async function waitForHover(workbench: Workbench, accept: (text: string) => boolean, timeoutMs: number, mustContain = ""): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  while (Date.now() < deadline) {
    // A hover that did not show counts as no match (the next round asks again).
    const shown = await workbench.showHoverText(mustContain).then((t) => ({ ok: true, t }), (e: Error) => ({ ok: false, t: e.message }));
    text = shown.t;
    if (shown.ok && accept(text)) return text;
  }
  throw new Error(`hover never matched; last hover text: ${text.slice(0, 400)}`);
}

/** Opens a file the include patterns make a corpus file and waits for its language mode. */
export async function openCorpusFile(ctx: ScenarioContext, relativePath: string): Promise<void> {
  await ctx.workbench.openFile(relativePath);
  await ctx.workbench.waitForLanguageMode(ctx.corpusLanguage);
}
