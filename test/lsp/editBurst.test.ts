// Edits through the real server process: a burst of keystrokes that arrive together yields one
// publishDiagnostics, for the last version, and its diagnostics are those of the final text;
// a lone edit after the burst is published too.
import { strict as assert } from "node:assert";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { FEED_EXPORT } from "../fixtures/feedExport";
import { createWorkspace, openDocument, startServer, type Harness, type Workspace } from "./lspHarness";

const CLAIM_LINE = FEED_EXPORT.split("\n").findIndex((l) => l.includes("38%"));
const TYPED = " Its range grew by 12% in two years.";

describe("edit bursts over stdio", function () {
  this.timeout(20_000);
  let ws: Workspace, h: Harness, uri: string;
  let version = 1;

  before(async () => {
    ws = createWorkspace({ "corpus/feed.txt": FEED_EXPORT });
    uri = ws.uri("corpus/feed.txt");
    h = await startServer(ws.root);
    openDocument(h, uri, FEED_EXPORT, version);
    await h.diagnostics(uri, (p) => p.version === version);
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  /** Types `text` at the end of the claim line, one didChange per character, all sent at once;
   * returns the versions of every publish until the last version's, and that publish. */
  async function typeBurst(text: string): Promise<{ versions: number[]; last: PublishDiagnosticsParams }> {
    const from = version;
    const column = FEED_EXPORT.split("\n")[CLAIM_LINE].length;
    const versions: number[] = [];
    const published = h.diagnostics(uri, (p) => {
      if (p.version! > from) versions.push(p.version!);
      return p.version === from + text.length;
    });
    for (const ch of text) {
      // Every earlier version added one character to the line.
      const at = { line: CLAIM_LINE, character: column + version - 1 };
      version++;
      h.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: ch }] });
    }
    return { versions, last: await published };
  }

  it("publishes once, for the last version of a burst, with the claim the burst typed", async () => {
    const { versions, last } = await typeBurst(TYPED);
    assert.deepEqual(versions, [1 + TYPED.length], "one publish, for the last version");
    const claim = last.diagnostics.find((d) => d.range.start.line === CLAIM_LINE && d.range.start.character > FEED_EXPORT.split("\n")[CLAIM_LINE].length);
    assert.ok(claim, `a diagnostic for the typed sentence: ${JSON.stringify(last.diagnostics.map((d) => d.range))}`);
    assert.ok(claim.relatedInformation?.some((r) => r.message.includes("12%")), "its figure is the typed one");
  });

  it("publishes a lone edit after the burst", async () => {
    const { versions } = await typeBurst(".");
    assert.deepEqual(versions, [version]);
  });
});
