// The built server as a real process over stdio: outline, folding, workspace symbols, links,
// hovers and protocol errors, checked on invented fixtures.
import { strict as assert } from "node:assert";
import { FEED_EXPORT, FEED_TITLES } from "../fixtures/feedExport";
import { createWorkspace, indexingDone, openDocument, startServer, type Harness, type Workspace } from "./lspHarness";

interface Symbol { name: string; range: { start: { line: number } }; children?: Symbol[] }

describe("language server over stdio", () => {
  let ws: Workspace;
  let h: Harness;
  let uri: string;

  before(async () => {
    ws = createWorkspace({
      "corpus/feed.txt": FEED_EXPORT,
      "corpus/other.txt": "A lone note about seaweed farms\n\nSeaweed farms grew 40% last year.\n",
      "notes.txt": "Not a corpus file: Lighthouse keepers\n",
    });
    uri = ws.uri("corpus/feed.txt");
    h = await startServer(ws.root);
    openDocument(h, uri, FEED_EXPORT);
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  it("lists each article of a feed export in the outline, with its title", async () => {
    const symbols = await h.connection.sendRequest<Symbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), FEED_TITLES);
    assert.equal(symbols[0].range.start.line, 0, "the first article starts at its image caption");
    assert.equal(symbols[1].range.start.line, 20);
  });

  it("folds each article", async () => {
    const folds = await h.connection.sendRequest<{ startLine: number; endLine: number }[]>("textDocument/foldingRange", { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 0 && f.endLine >= 18), JSON.stringify(folds));
    assert.ok(folds.some((f) => f.startLine === 20 && f.endLine >= 34), JSON.stringify(folds));
  });

  it("finds articles of files that are not open through workspace/symbol once indexing ends", async () => {
    await indexingDone(h);
    const found = await h.connection.sendRequest<{ name: string; location: { uri: string } }[]>("workspace/symbol", { query: "seaweed" });
    assert.ok(found.some((s) => s.location.uri.endsWith("/corpus/other.txt")), JSON.stringify(found));
    const none = await h.connection.sendRequest<{ name: string }[]>("workspace/symbol", { query: "lighthouse" });
    assert.deepEqual(none, [], "files outside seedReview.include are not indexed");
  });

  it("answers selectionRange with nested ranges from the cursor outwards", async () => {
    const [sel] = await h.connection.sendRequest<{ range: { start: { line: number; character: number }; end: { line: number } }; parent?: unknown }[]>("textDocument/selectionRange", { textDocument: { uri }, positions: [{ line: 8, character: 5 }] });
    let depth = 0;
    for (let s: { parent?: unknown } | undefined = sel; s; s = s.parent as typeof sel | undefined) depth++;
    assert.ok(depth >= 4, `expected sentence, line, article, document; got depth ${depth}`);
  });

  it("rejects a request for a document that is not open with an error, and keeps running", async () => {
    await assert.rejects(h.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: "file:///nowhere.txt" } }), /not open/);
    const symbols = await h.connection.sendRequest<Symbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    assert.equal(symbols.length, 2);
  });
});
