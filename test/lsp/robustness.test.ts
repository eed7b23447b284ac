// Protocol robustness against the built server over stdio: malformed and out-of-range requests
// get an error response or a sane empty answer, big and binary documents are handled, requests
// can be cancelled, and after every case the server still answers a documentSymbol request.
import { strict as assert } from "node:assert";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CancellationTokenSource, ResponseError } from "vscode-jsonrpc/node";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { FEED_EXPORT, FEED_TITLES } from "../fixtures/feedExport";
import { openDocument, startServer, type Harness } from "./lspHarness";

/** "answer": a result; "error": an error response; "nothing": an error response or an empty answer. */
type Outcome = "answer" | "error" | "nothing";
interface Range { start: { line: number; character: number }; end: { line: number; character: number } }

/** FEED_EXPORT repeated (with CRLF breaks) up to `chars` characters. */
function buildBigDocument(chars: number): string {
  const unit = FEED_EXPORT.replace(/\n/g, "\r\n") + "\r\n";
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

describe("language server robustness", function () {
  this.timeout(30_000);
  let root: string;
  let h: Harness;
  let good: string;
  const uriOf = (name: string) => pathToFileURL(join(root, "corpus", name)).toString();
  const lastLine = FEED_EXPORT.split("\n").length - 1;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), "seed-robust-"));
    mkdirSync(join(root, "corpus"));
    h = await startServer(root);
    good = uriOf("feed.txt");
    openDocument(h, good, FEED_EXPORT);
  });
  after(async () => {
    await h.stop();
    rmSync(root, { recursive: true, force: true });
  });
  afterEach(async function () {
    // The server process is alive and still answers an ordinary request.
    assert.equal(h.process.exitCode, null, "the server process exited");
    const symbols = await h.connection.sendRequest<{ name: string }[]>("textDocument/documentSymbol", { textDocument: { uri: good } });
    assert.deepEqual(symbols.map((s) => s.name), FEED_TITLES, `after "${this.currentTest?.title}"`);
  });

  /** Sends `method` with `params`; checks the server answers (result passed to `accept`) or replies with an error. */
  async function check(method: string, params: unknown, expected: Outcome, accept: (result: unknown) => void = () => undefined): Promise<void> {
    let result: unknown;
    try {
      result = await h.connection.sendRequest(method, params);
    } catch (e) {
      assert.ok(e instanceof ResponseError, `not a protocol error: ${e}`);
      assert.notEqual(expected, "answer", `${method} failed: ${e.message}`);
      return;
    }
    const shown = JSON.stringify(result)?.slice(0, 200);
    assert.notEqual(expected, "error", `${method} answered ${shown} instead of an error`);
    if (expected === "nothing") assert.ok(result === null || (Array.isArray(result) && !result.length), `${method} answered ${shown} for a malformed request`);
    accept(result);
  }
  const inDocument = (r: Range) => assert.ok(r.start.line >= 0 && r.end.line <= lastLine && r.start.character >= 0, JSON.stringify(r));
  const far = { line: 100_000, character: 100_000 };

  describe("requests out of range or malformed", () => {
    const doc = () => ({ textDocument: { uri: good } });
    it("answers hover beyond the end of the document", () => check("textDocument/hover", { ...doc(), position: far }, "answer"));
    it("answers hover at a negative line and character", () => check("textDocument/hover", { ...doc(), position: { line: -5, character: -3 } }, "answer"));
    it("answers hover past the end of a line", () => check("textDocument/hover", { ...doc(), position: { line: 2, character: 9_999 } }, "answer"));
    it("answers hover at a non-numeric position with an error or nothing", () => check("textDocument/hover", { ...doc(), position: { line: "x", character: null } }, "nothing"));
    it("answers hover at a fractional position with an error or nothing", () => check("textDocument/hover", { ...doc(), position: { line: 10.5, character: 3 } }, "nothing"));
    it("replies with an error to hover without a position", () => check("textDocument/hover", doc(), "error"));
    it("answers selectionRange beyond the end with ranges inside the document", () =>
      check("textDocument/selectionRange", { ...doc(), positions: [far, { line: -1, character: 0 }] }, "answer", (r) => {
        const ranges = r as { range: Range }[];
        assert.equal(ranges.length, 2);
        ranges.forEach((s) => inDocument(s.range));
      }));
    it("answers codeAction for a range beyond the end", () =>
      check("textDocument/codeAction", { ...doc(), range: { start: far, end: far }, context: { diagnostics: [] } }, "answer", (r) => assert.ok(Array.isArray(r))));
    it("answers codeAction for a reversed range", () =>
      check("textDocument/codeAction", { ...doc(), range: { start: { line: 12, character: 0 }, end: { line: 2, character: 0 } }, context: { diagnostics: [] } }, "answer", (r) => assert.ok(Array.isArray(r))));
    it("answers codeAction with a malformed diagnostic in its context", () =>
      check("textDocument/codeAction", { ...doc(), range: { start: { line: 10, character: 5 }, end: { line: 10, character: 5 } }, context: { diagnostics: [{ code: "claim.unreviewed", data: null }] } }, "answer"));
    it("answers inlayHint and semanticTokens for out-of-range ranges", async () => {
      await check("textDocument/inlayHint", { ...doc(), range: { start: far, end: { line: -1, character: 0 } } }, "answer");
      await check("textDocument/semanticTokens/full", doc(), "answer");
    });
    it("replies with an error to documentSymbol for an unknown uri", () => check("textDocument/documentSymbol", { textDocument: { uri: uriOf("missing.txt") } }, "error"));
    it("replies with an error to documentSymbol for a uri that is not a file uri", () => check("textDocument/documentSymbol", { textDocument: { uri: "::not a uri::" } }, "error"));
    it("replies with an error to an unknown method", () => check("seedReview/noSuchRequest", {}, "error"));
  });

  describe("executeCommand with bad input", () => {
    const run = (command: string, args?: unknown[]) => check("workspace/executeCommand", { command, arguments: args }, "error");
    it("replies with an error to an unknown command", () => run("seedReview.noSuchCommand", []));
    it("replies with an error to a command without arguments", () => run("seedReview.tagClaim"));
    it("replies with an error to arguments of the wrong type", () => run("seedReview.tagClaim", [{ uri: 5, start: "a", end: -1, text: null, tag: "maybe" }]));
    it("replies with an error to a claim beyond the end of the document", () => run("seedReview.tagClaim", [{ uri: good, start: 1e9, end: 1e9 + 5, text: "no such sentence here", tag: "verified" }]));
    it("replies with an error to a command on a document that is not open", () => run("seedReview.tagArticle", [{ uri: uriOf("missing.txt"), article: 0, tag: "verified" }]));
    it("replies with an error to an article index that is not an integer", () => run("seedReview.tagArticle", [{ uri: good, article: 0.5, tag: "verified" }]));
  });

  describe("notifications with bad input", () => {
    const notify = (method: string, params: unknown) => h.connection.sendNotification(method, params);
    it("applies a didChange whose range lies beyond the end, clamped to the document", async () => {
      const uri = uriOf("edited.txt");
      openDocument(h, uri, FEED_EXPORT);
      notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: far, end: far }, text: "\nAppended line" }] });
      notify("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: -4, character: -1 }, end: { line: -2, character: 0 } }, text: "" }] });
      const diags = await h.diagnostics(uri, (p) => p.version === 3);
      diags.diagnostics.forEach((d: Diagnostic) => assert.ok(d.range.end.line <= lastLine + 1));
      const symbols = await h.connection.sendRequest<{ name: string }[]>("textDocument/documentSymbol", { textDocument: { uri } });
      assert.ok(symbols.length >= 1);
    });
    it("survives a didChange for a document that is not open", async () => {
      notify("textDocument/didChange", { textDocument: { uri: uriOf("ghost.txt"), version: 2 }, contentChanges: [{ text: "x" }] });
      await check("textDocument/documentSymbol", { textDocument: { uri: uriOf("ghost.txt") } }, "error");
    });
    it("survives didOpen and didClose without a text document", () => {
      notify("textDocument/didOpen", {});
      notify("textDocument/didClose", { textDocument: { uri: uriOf("never-opened.txt") } });
    });
  });

  describe("hostile text", () => {
    // Lone surrogates, astral characters glued to figures and CR / CRLF / LF line breaks.
    const TEXT = "Fog buoys 🌊\r\rThey cut alarms by 38%🌊 and cost $3\ud800 million.\r\nIt uses 𝟏𝟐 GPUs \udc00and 12.5x less power.\nRead More\n";
    it("answers every position-based request at every character of a hostile document", async () => {
      const uri = uriOf("hostile.txt");
      openDocument(h, uri, TEXT);
      const lines = TEXT.split(/\r\n|\r|\n/);
      for (let line = 0; line < lines.length; line++) {
        for (let character = 0; character <= lines[line].length + 1; character++) {
          const position = { line, character };
          await check("textDocument/hover", { textDocument: { uri }, position }, "answer");
          await check("textDocument/selectionRange", { textDocument: { uri }, positions: [position] }, "answer");
        }
      }
      for (const method of ["textDocument/foldingRange", "textDocument/semanticTokens/full", "textDocument/codeLens", "textDocument/documentLink"]) {
        await check(method, { textDocument: { uri } }, "answer");
      }
      h.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    });
  });

  describe("big and binary documents", () => {
    const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
    it("reports a document with NUL bytes as one file.binary diagnostic and nothing else", async () => {
      const uri = uriOf("image.txt");
      openDocument(h, uri, "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR and 38% of 12 GPUs\n".repeat(50));
      const diags = await h.diagnostics(uri);
      assert.deepEqual(codes(diags), ["file.binary"]);
      await check("textDocument/documentSymbol", { textDocument: { uri } }, "answer", (r) => assert.deepEqual(r, []));
      await check("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 25 } }, "answer", (r) => assert.equal(r, null));
      h.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    });
    it("analyses a 5 MB document fully", async function () {
      this.timeout(120_000);
      const uri = uriOf("huge.txt");
      openDocument(h, uri, buildBigDocument(5_000_000));
      const diags = await h.diagnostics(uri);
      assert.ok(!codes(diags).includes("file.tooLarge"), JSON.stringify(codes(diags).slice(0, 5)));
      assert.ok(codes(diags).includes("claim.unreviewed"));
      const symbols = await h.connection.sendRequest<unknown[]>("textDocument/documentSymbol", { textDocument: { uri } });
      assert.ok(symbols.length > 1000, `${symbols.length} articles`);
      h.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    });
    it("gives a 10 MB document above seedReview.maxFileSizeMB the outline and one file.tooLarge diagnostic", async function () {
      this.timeout(120_000);
      const uri = uriOf("too-large.txt");
      openDocument(h, uri, buildBigDocument(10_000_000));
      const diags = await h.diagnostics(uri);
      assert.deepEqual(codes(diags), ["file.tooLarge"]);
      const symbols = await h.connection.sendRequest<unknown[]>("textDocument/documentSymbol", { textDocument: { uri } });
      assert.ok(symbols.length > 1000, `${symbols.length} articles`);
      h.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    });
  });

  describe("cancellation", () => {
    it("survives $/cancelRequest for requests queued behind a slow one, and answers later requests", async function () {
      this.timeout(120_000);
      const uri = uriOf("slow.txt");
      // Version 2 is never analysed before the first request, so that request is slow (seconds).
      openDocument(h, uri, buildBigDocument(2_000_000), 2);
      const slow = h.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
      const sources = [0, 1, 2].map(() => new CancellationTokenSource());
      const cancelled = sources.map((s, i) => h.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: i, character: 0 } }, s.token));
      sources.forEach((s) => s.cancel());
      const outcomes = await Promise.allSettled([slow, ...cancelled]);
      assert.equal(outcomes[0].status, "fulfilled", "the request that was not cancelled is answered");
      for (const o of outcomes.slice(1)) {
        // A cancelled request is answered with RequestCancelled (-32800) or, if it already ran, its result.
        if (o.status === "rejected") assert.equal((o.reason as ResponseError<unknown>).code, -32800, String(o.reason));
      }
      h.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    });
  });
});
