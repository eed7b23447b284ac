// The model of an edited text, built from the previous version's model, must answer exactly
// like createTextModel of the new text: line starts and ends, positions and offsets, after
// chains of random edits that add, remove and split \n, \r\n and lone \r line breaks.
import { strict as assert } from "node:assert";
import { createTextModel, type TextDocumentModel } from "../../../server/src/core/document";
import { createEditedModel } from "../../../server/src/core/incremental/editedModel";
import { alignToLines, findChangedRegion } from "../../../server/src/core/incremental/textDiff";
import { createRandom, pick } from "./layoutFixtures";

const PIECES = ["a", "word ", "\n", "\r\n", "\r", "\n\n", "line one\nline two\n", "é🙂", ""];

function describeLines(m: TextDocumentModel): string {
  const out: string[] = [];
  for (let l = 0; l < m.lineCount; l++) out.push(`${m.lineStart(l)}-${m.lineEnd(l)}`);
  return out.join(" ");
}

/** Applies random edits to `text`; after each, the edited model equals a fresh one. */
function check(text: string, seed: number, edits: number): number {
  const random = createRandom(seed);
  let model = createTextModel(text);
  let built = 0;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (text.length + 1));
    const remove = Math.min(text.length - at, Math.floor(random() * 12));
    const next = text.slice(0, at) + pick(random, PIECES) + text.slice(at + remove);
    const change = alignToLines(findChangedRegion(text, next), model);
    const edited = createEditedModel(model, next, change);
    const fresh = createTextModel(next);
    if (edited) {
      built++;
      const where = `edit ${i} at ${at} of ${JSON.stringify(text)} -> ${JSON.stringify(next)}`;
      assert.equal(describeLines(edited), describeLines(fresh), where);
      for (let o = 0; o <= next.length + 1; o++) assert.deepEqual(edited.positionAt(o), fresh.positionAt(o), `${where}: offset ${o}`);
      assert.equal(edited.offsetAt({ line: 1, character: 3 }), fresh.offsetAt({ line: 1, character: 3 }), where);
    }
    model = edited ?? fresh;
    text = next;
  }
  return built;
}

describe("edited text model", () => {
  const cases: [string, string][] = [
    ["LF text", "first line\nsecond line\n\nthird\n"],
    ["CRLF text", "first line\r\nsecond line\r\n\r\nthird\r\n"],
    ["mixed breaks with lone CR", "one\rtwo\r\nthree\nfour\r\r\nfive"],
    ["empty text", ""],
  ];
  for (const [name, text] of cases) {
    it(`answers like a fresh model after random edits: ${name}`, () => {
      const built = check(text, name.length, 300);
      assert.ok(built >= 240, `edited model built for only ${built} of 300 edits`);
    });
  }

  it("is refused when an inserted LF joins the CR before the edit into one break", () => {
    const text = "alpha\rbeta\n";
    const model = createTextModel(text);
    const next = "alpha\r\nbeta\n";
    assert.equal(createEditedModel(model, next, alignToLines(findChangedRegion(text, next), model)), null);
  });
});
