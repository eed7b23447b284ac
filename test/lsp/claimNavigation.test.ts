// Go to next / previous unreviewed claim asks the server (seedReview/unreviewedClaim): it steps
// over every claim of the file — also past the claims a capped file has diagnostics for — skips
// tagged ones and wraps at the ends (real server over stdio).
import { strict as assert } from "node:assert";
import type { CodeAction, Diagnostic, Range } from "vscode-languageserver-protocol";
import { writeLongFeed } from "./longFeed";
import { createWorkspace, openDocument, startServer, type Harness, type Workspace } from "./lspHarness";

const { text } = writeLongFeed(20_000);
const GPU_LINES = text.split("\n").flatMap((l, i) => (l.includes(" GPUs ") ? [i] : []));

describe("unreviewed-claim navigation", function () {
  this.timeout(20_000);
  let ws: Workspace, h: Harness, uri: string;
  let claims: Diagnostic[];
  const step = (line: number, direction: 1 | -1, inclusive = false) =>
    h.connection.sendRequest<Range | null>("seedReview/unreviewedClaim", { uri, position: { line, character: 0 }, direction, inclusive });

  before(async () => {
    ws = createWorkspace({ "corpus/feed.txt": text });
    uri = ws.uri("corpus/feed.txt");
    // A cap of 3: navigation must not depend on which claims have a diagnostic.
    h = await startServer(ws.root, { claims: { maxDiagnosticsPerFile: 3 } });
    openDocument(h, uri, text, 1);
    // Every claim, in order: from a server without a cap.
    const uncapped = await startServer(ws.root);
    openDocument(uncapped, uri, text, 1);
    claims = (await uncapped.diagnostics(uri)).diagnostics.filter((d) => d.code === "claim.unreviewed");
    await uncapped.stop();
    await h.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "diagnostics.truncated"));
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  it("steps forward and back over every claim, past the capped diagnostics", async () => {
    assert.ok(claims.length > 20, `the fixture needs many claims (${claims.length})`);
    const from = GPU_LINES[GPU_LINES.length - 2];
    const next = await step(from, 1);
    const expectedNext = claims.find((c) => c.range.start.line > from || (c.range.start.line === from && c.range.start.character > 0))!;
    assert.deepEqual(next, expectedNext.range);
    const previous = await step(from, -1);
    const expectedPrevious = [...claims].reverse().find((c) => c.range.start.line < from)!;
    assert.deepEqual(previous, expectedPrevious.range);
  });

  it("wraps around at the ends of the file", async () => {
    assert.deepEqual(await step(text.split("\n").length, 1), claims[0].range);
    assert.deepEqual(await step(0, -1), claims[claims.length - 1].range);
  });

  it("counts a claim at the start position when asked from an article's first line (code lens)", async () => {
    const first = claims[0].range.start;
    assert.deepEqual(await h.connection.sendRequest<Range | null>("seedReview/unreviewedClaim", { uri, position: first, direction: 1, inclusive: true }), claims[0].range);
    assert.notDeepEqual(await h.connection.sendRequest<Range | null>("seedReview/unreviewedClaim", { uri, position: first, direction: 1 }), claims[0].range);
  });

  it("skips a claim once it is tagged", async () => {
    const target = claims[5];
    const actions = await h.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: target.range, context: { diagnostics: [] } });
    const verify = actions.find((a) => a.title === "Mark claim as verified")!;
    await h.connection.sendRequest("workspace/executeCommand", { command: verify.command!.command, arguments: verify.command!.arguments });
    const before = claims[4].range.start;
    assert.deepEqual(await h.connection.sendRequest<Range | null>("seedReview/unreviewedClaim", { uri, position: before, direction: 1 }), claims[6].range);
  });
});
