// EditableDocument against vscode-languageserver-textdocument's TextDocument: after the same
// random chains of incremental and whole-text changes (CR, LF and CRLF breaks, astral
// characters, edits that form or split a CRLF pair, reversed ranges), every answer agrees.
import { strict as assert } from "node:assert";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextDocumentContentChangeEvent } from "vscode-languageserver";
import { EditableDocument } from "../../server/src/lsp/editableDocument";

function random(seed: number): () => number {
  let state = seed;
  return () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
}
const PARTS = ["a", "b c", "\n", "\r", "\r\n", "é", "🙂", "  ", "The harbour gauge read 4.2 m.", "\n\n"];

describe("EditableDocument", () => {
  it("answers like TextDocument after random chains of changes", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const next = random(seed);
      const chunk = (n: number) => Array.from({ length: n }, () => PARTS[Math.floor(next() * PARTS.length)]).join("");
      const initial = chunk(60);
      const expected = TextDocument.create("file:///x.txt", "seed-corpus", 1, initial);
      const actual = EditableDocument.create("file:///x.txt", "seed-corpus", 1, initial);
      for (let k = 0; k < 50; k++) {
        const position = () => ({ line: Math.floor(next() * (expected.lineCount + 1)) - (next() < 0.05 ? 1 : 0), character: Math.floor(next() * 12) });
        const change: TextDocumentContentChangeEvent = next() < 0.04 ? { text: chunk(20) } : { range: { start: position(), end: position() }, text: next() < 0.3 ? "" : chunk(Math.floor(next() * 4)) };
        TextDocument.update(expected, [change], k + 2);
        actual.update([change], k + 2);
        const where = `seed ${seed} change ${k}`;
        assert.equal(actual.getText(), expected.getText(), where);
        assert.equal(actual.lineCount, expected.lineCount, where);
        assert.equal(actual.version, expected.version, where);
        for (let probe = 0; probe < 6; probe++) {
          const p = position(), offset = Math.floor(next() * (expected.getText().length + 3)) - 1;
          assert.equal(actual.offsetAt(p), expected.offsetAt(p), `${where}: offsetAt ${JSON.stringify(p)}`);
          assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset), `${where}: positionAt ${offset}`);
          const range = { start: p, end: position() };
          assert.equal(actual.getText(range), expected.getText(range), `${where}: getText ${JSON.stringify(range)}`);
          assert.deepEqual(actual.getLineRange(p.line), expected.getLineRange(p.line), `${where}: getLineRange ${p.line}`);
          assert.equal(actual.getEOLCharacters(p.line), expected.getEOLCharacters(p.line), `${where}: getEOLCharacters ${p.line}`);
        }
      }
    }
  });
});
