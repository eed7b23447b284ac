// Workspace trust: in an untrusted workspace the analysis works but no review file is written,
// and the reviewer is told why.
import { strict as assert } from "node:assert";
import { existsSync } from "node:fs";
import type { CodeAction } from "vscode-languageserver-protocol";
import { FEED_EXPORT } from "../fixtures/feedExport";
import { createWorkspace, openDocument, startServer, type Harness, type Workspace } from "./lspHarness";

describe("untrusted workspace over stdio", () => {
  let ws: Workspace, h: Harness, uri: string, textPath: string;

  before(async () => {
    ws = createWorkspace({ "corpus/feed.txt": FEED_EXPORT });
    textPath = ws.path("corpus/feed.txt");
    uri = ws.uri("corpus/feed.txt");
    h = await startServer(ws.root, {}, { trusted: false });
    openDocument(h, uri, FEED_EXPORT);
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  it("analyses the file but refuses to write a review file, saying why", async () => {
    const published = await h.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "claim.unreviewed"));
    const claim = published.diagnostics.find((d) => d.code === "claim.unreviewed")!;
    const actions = await h.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: claim.range, context: { diagnostics: [claim] } });
    const verify = actions.find((a) => a.title === "Mark claim as verified")!;
    await assert.rejects(h.connection.sendRequest("workspace/executeCommand", { command: verify.command!.command, arguments: verify.command!.arguments }), /not trusted/);
    assert.equal(existsSync(`${textPath}.review.json`), false);
  });
});
