// The reviewer's loop through the real server process: a claim's diagnostic is published, its
// quick fix is requested and executed, the review file is written, and the diagnostic changes.
import { strict as assert } from "node:assert";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import { FEED_EXPORT } from "../fixtures/feedExport";
import { createWorkspace, openDocument, startServer, type Harness, type Workspace } from "./lspHarness";

const CLAIM = "Our new buoy network cuts false fog alarms by 38% compared with radar-only systems.";

describe("review loop over stdio", () => {
  let ws: Workspace, h: Harness, uri: string, textPath: string;

  before(async () => {
    ws = createWorkspace({ "corpus/feed.txt": FEED_EXPORT });
    textPath = ws.path("corpus/feed.txt");
    uri = ws.uri("corpus/feed.txt");
    h = await startServer(ws.root);
    openDocument(h, uri, FEED_EXPORT);
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  const claimDiagnostic = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === "claim.unreviewed" && FEED_EXPORT.split("\n")[d.range.start.line].slice(d.range.start.character, d.range.end.character) === CLAIM);

  it("publishes a claim diagnostic, tags it with a quick fix and writes the review file", async () => {
    const first = await h.diagnostics(uri, (p) => !!claimDiagnostic(p.diagnostics));
    const diagnostic = claimDiagnostic(first.diagnostics)!;
    assert.equal(diagnostic.source, "seed-review");
    assert.match(diagnostic.message, /figure/);
    assert.ok(diagnostic.relatedInformation?.some((r) => r.message.includes("38%")), "related information points at the figure");

    const actions = await h.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ["quickfix"] },
    });
    const verify = actions.find((a) => a.title === "Mark claim as verified");
    assert.ok(verify?.command, `actions: ${actions.map((a) => a.title).join(", ")}`);
    await h.connection.sendRequest("workspace/executeCommand", { command: verify.command.command, arguments: verify.command.arguments });

    const reviewPath = `${textPath}.review.json`;
    assert.ok(existsSync(reviewPath), "the review file is written beside the text");
    const review = JSON.parse(readFileSync(reviewPath, "utf8"));
    const item = review.items[0];
    assert.equal(JSON.stringify(item).includes("verified"), true);
    const quote = item.target.selector.find((s: { type: string }) => s.type === "TextQuoteSelector");
    assert.equal(quote.exact, CLAIM);

    const after = await h.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "claim.verified"));
    assert.equal(claimDiagnostic(after.diagnostics), undefined, "the claim is no longer unreviewed");
    assert.equal(after.diagnostics.find((d) => d.code === "claim.verified")?.severity, 4, "a verified claim becomes a hint");
  });

  it("keeps the tag on its sentence when text is inserted before it", async () => {
    const inserted = "A new opening line.\n";
    h.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: inserted }],
    });
    const moved = await h.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.some((d) => d.code === "claim.verified"));
    const verified = moved.diagnostics.find((d) => d.code === "claim.verified")!;
    assert.equal(verified.range.start.line, 9, "the verified claim moved down one line with its text");
  });

  it("counts reviewed claims in the code lens above their article", async () => {
    const lenses = await h.connection.sendRequest<{ range: { start: { line: number } }; command?: { title: string } }[]>("textDocument/codeLens", { textDocument: { uri } });
    const first = lenses[0];
    assert.match(first?.command?.title ?? "", /^\d+ claims? · 1 reviewed/, JSON.stringify(lenses));
  });

  it("picks up a review file changed by another program, and lists a tag whose text is gone as an orphan", async () => {
    const reviewPath = `${textPath}.review.json`;
    const review = JSON.parse(readFileSync(reviewPath, "utf8"));
    const gone = structuredClone(review.items[0]);
    gone.id = "urn:uuid:00000000-0000-4000-8000-000000000001";
    gone.body = gone.body.map((b: { purpose: string; value: string }) => (b.purpose === "tagging" ? { ...b, value: "disputed" } : b));
    for (const sel of gone.target.selector) {
      if (sel.type === "TextQuoteSelector") Object.assign(sel, { exact: "A sentence about tidal kites that this text never had.", prefix: "", suffix: "" });
      if (sel.type === "TextPositionSelector") Object.assign(sel, { start: 5, end: 60 });
    }
    review.items.push(gone);
    writeFileSync(reviewPath, JSON.stringify(review, null, 2));
    h.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(reviewPath).toString(), type: 2 }] });
    const withOrphan = await h.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "review.orphan"));
    assert.match(withOrphan.diagnostics.find((d) => d.code === "review.orphan")!.message, /tidal kites/);
    assert.ok(withOrphan.diagnostics.some((d) => d.code === "claim.verified"), "the other tag is still applied");
    const kept = JSON.parse(readFileSync(reviewPath, "utf8"));
    assert.equal(kept.items.length, 2, "the orphan stays in the review file");
  });

  it("reports a corrupt review file as an error and leaves its bytes untouched", async () => {
    const reviewPath = `${textPath}.review.json`;
    const before = readFileSync(reviewPath, "utf8");
    writeFileSync(reviewPath, before.slice(0, 40));
    h.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(reviewPath).toString(), type: 2 }] });
    const broken = await h.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "review.fileError"));
    assert.match(broken.diagnostics.find((d) => d.code === "review.fileError")!.message, /review\.json/);
    const diagnostic = broken.diagnostics.find((d) => d.code === "claim.unreviewed")!;
    await assert.rejects(h.connection.sendRequest("workspace/executeCommand", { command: "seedReview.tagClaim", arguments: [{ uri, start: 0, end: 10, text: FEED_EXPORT.slice(0, 10), tag: "verified" }] }));
    assert.equal(readFileSync(reviewPath, "utf8"), before.slice(0, 40), "a file that does not parse is never overwritten");
    assert.ok(diagnostic);
    writeFileSync(reviewPath, before);
  });

  it("reports an error for an unknown command and bad arguments, without writing", async () => {
    await assert.rejects(h.connection.sendRequest("workspace/executeCommand", { command: "seedReview.nope", arguments: [] }), /unknown command/);
    await assert.rejects(h.connection.sendRequest("workspace/executeCommand", { command: "seedReview.tagClaim", arguments: [{ uri, start: 0 }] }), /seedReview.tagClaim/);
  });

  it("exports the review as SARIF through the server command", async () => {
    const sarif = await h.connection.sendRequest<string>("workspace/executeCommand", { command: "seedReview.server.exportReview", arguments: [{ uri, format: "sarif" }] });
    const log = JSON.parse(sarif);
    assert.equal(log.version, "2.1.0");
    assert.ok(log.runs[0].results.length >= 1);
  });
});
