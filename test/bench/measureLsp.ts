// The editor path: the built server over stdio opens a document, then one line in the middle
// is edited; the time from didChange to the diagnostics of that version is what a user waits.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { openDocument, startServer } from "../lsp/lspHarness";
import { EDIT_SUFFIX, findMiddleLine } from "./measureCore";
import { median } from "./timing";

export interface LspTimes {
  openMs: number;
  /** Median of all edits, of the first WARM_UP edits (code the full analysis never ran is still being compiled), and of the rest (typing). */
  editMs: number; firstEditsMs: number; steadyEditMs: number;
  editRuns: number[];
}

/** Edits counted as warm-up: the incremental path's code is compiled during the first few. */
export const WARM_UP = 5;

export async function measureLsp(text: string, edits: number): Promise<LspTimes> {
  // An empty workspace: the server's background index has nothing to read.
  const root = mkdtempSync(join(tmpdir(), "seed-bench-"));
  const h = await startServer(root);
  try {
    const uri = pathToFileURL(join(root, "bench.txt")).toString();
    let start = performance.now();
    openDocument(h, uri, text, 1);
    await h.diagnostics(uri, (p) => p.version === 1);
    const openMs = performance.now() - start;
    const { line, text: lineText } = findMiddleLine(text);
    const runs: number[] = [];
    for (let version = 2; version < 2 + edits; version++) {
      // Alternately append a clause to the line and remove it again: one line changes each time.
      const range = version % 2 === 0
        ? { start: { line, character: lineText.length }, end: { line, character: lineText.length } }
        : { start: { line, character: lineText.length }, end: { line, character: lineText.length + EDIT_SUFFIX.length } };
      start = performance.now();
      h.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ range, text: version % 2 === 0 ? EDIT_SUFFIX : "" }] });
      await h.diagnostics(uri, (p) => p.version === version);
      runs.push(performance.now() - start);
    }
    return { openMs, editMs: median(runs), firstEditsMs: median(runs.slice(0, WARM_UP)), steadyEditMs: median(runs.slice(WARM_UP)), editRuns: runs };
  } finally {
    await h.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
