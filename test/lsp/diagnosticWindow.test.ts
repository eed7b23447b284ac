// When a file has more claims than seedReview.claims.maxDiagnosticsPerFile, the diagnostics
// shown are those around where the reviewer reads — the last hover, code-action range, visible
// range or edit — and they follow the reader through the file (real server over stdio).
import { strict as assert } from "node:assert";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { writeLongFeed } from "./longFeed";
import { createWorkspace, openDocument, startServer, type Harness, type Workspace } from "./lspHarness";

const CAP = 6;
const { text } = writeLongFeed(40_000);
const LINES = text.split("\n");
const claimLines = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === "claim.unreviewed").map((d) => d.range.start.line);
const notice = (p: PublishDiagnosticsParams): Diagnostic | undefined => p.diagnostics.find((d) => d.code === "diagnostics.truncated");
/** Lines of the GPU sentences: one per post, from the first post to the last. */
const GPU_LINES = LINES.flatMap((l, i) => (l.includes(" GPUs ") ? [i] : []));

describe("capped diagnostics follow the reader", function () {
  this.timeout(20_000);
  let ws: Workspace, h: Harness, uri: string;

  before(async () => {
    ws = createWorkspace({ "corpus/feed.txt": text });
    uri = ws.uri("corpus/feed.txt");
    h = await startServer(ws.root, { claims: { maxDiagnosticsPerFile: CAP } });
    openDocument(h, uri, text, 1);
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  it("shows the cap's worth of claims from the top of a freshly opened file, and says so", async () => {
    // The first publish may come before the server has read the settings: wait for the capped one.
    const p = await h.diagnostics(uri, (d) => d.version === 1 && !!notice(d));
    const lines = claimLines(p);
    assert.equal(lines.length, CAP);
    assert.ok(GPU_LINES.length > 4 * CAP, `the fixture needs many more claims than the cap (has ${GPU_LINES.length} posts)`);
    assert.ok(Math.max(...lines) < GPU_LINES[CAP], `the first claims are shown: ${lines}`);
    assert.match(notice(p)?.message ?? "", new RegExp(`^${CAP} of \\d+ claims have a diagnostic: those around where you are reading \\(lines 1?\\d`));
  });

  it("moves to the claims around a hover near the end of the file", async () => {
    const target = GPU_LINES[GPU_LINES.length - 2];
    await h.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: target, character: 3 } });
    const p = await h.diagnostics(uri, (d) => claimLines(d).includes(target));
    assert.equal(claimLines(p).length, CAP);
    assert.ok(Math.min(...claimLines(p)) > GPU_LINES[GPU_LINES.length - 2 * CAP], `only claims near the end: ${claimLines(p)}`);
    assert.match(notice(p)?.message ?? "", new RegExp(`lines \\d+–${Math.max(...claimLines(p)) + 1}\\)`));
  });

  it("follows a code-action request back to the middle", async () => {
    const target = GPU_LINES[GPU_LINES.length >> 1];
    await h.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: target, character: 0 }, end: { line: target, character: 0 } }, context: { diagnostics: [] } });
    const p = await h.diagnostics(uri, (d) => claimLines(d).includes(target));
    const lines = claimLines(p);
    assert.ok(lines.some((l) => l < target) && lines.some((l) => l > target), `the window is centred on the reader: ${lines} around ${target}`);
  });

  it("follows the visible range editors send with inlay-hint requests, even with hints off", async () => {
    const target = GPU_LINES[2];
    const hints = await h.connection.sendRequest<unknown[]>("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: target - 3, character: 0 }, end: { line: target + 3, character: 0 } } });
    assert.deepEqual(hints, []);
    await h.diagnostics(uri, (d) => claimLines(d).includes(target));
  });

  it("follows an edit: the new version's diagnostics surround the edited line", async () => {
    const target = GPU_LINES[GPU_LINES.length - 3];
    const column = LINES[target].length;
    h.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: target, character: column }, end: { line: target, character: column } }, text: " It grew 12% in a year." }] });
    const p = await h.diagnostics(uri, (d) => d.version === 2);
    assert.ok(claimLines(p).includes(target), `the edited claim is shown: ${claimLines(p)}`);
  });
});
