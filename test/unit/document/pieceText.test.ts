// PieceText against plain string edits: after random chains of edits (inserts, deletes,
// replacements, at the ends too), every read agrees with the same edits applied to a string,
// and the pieces stay few.
import { strict as assert } from "node:assert";
import { PieceText } from "../../../server/src/core/document/pieceText";

function random(seed: number): () => number {
  let state = seed;
  return () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
}

const ALPHABET = "ab\n\r é€𝄞 ";

describe("PieceText", () => {
  it("reads like the string it stands for after random chains of edits", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const word = (n: number) => Array.from({ length: n }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join("");
      let plain = word(Math.floor(next() * 2000));
      let text = PieceText.of(plain);
      for (let k = 0; k < 60; k++) {
        const a = Math.floor(next() * (plain.length + 1)), b = Math.min(plain.length, a + Math.floor(next() * 40));
        const inserted = next() < 0.2 ? "" : word(Math.floor(next() * (next() < 0.1 ? 600 : 8)));
        plain = plain.slice(0, a) + inserted + plain.slice(b);
        text = text.edited(a, b, inserted);
        assert.equal(text.length, plain.length, `seed ${seed} edit ${k}: length`);
        const s = Math.floor(next() * (plain.length + 1)), e = s + Math.floor(next() * 700);
        assert.equal(text.slice(s, e), plain.slice(s, e), `seed ${seed} edit ${k}: slice(${s}, ${e})`);
        const at = Math.floor(next() * (plain.length + 2)) - 1;
        assert.ok(Object.is(text.charCodeAt(at), plain.charCodeAt(at)), `seed ${seed} edit ${k}: charCodeAt(${at})`);
      }
      assert.equal(text.toString(), plain, `seed ${seed}: whole text`);
    }
  });

  it("keeps an edit's copy small: a typed word is one piece, not one per keystroke", () => {
    const base = "x".repeat(100_000);
    let text = PieceText.of(base);
    const at = 50_000;
    for (const [i, ch] of [..."harbour"].entries()) text = text.edited(at + i, at + i, ch);
    assert.equal(text.pieceCount, 3);
    assert.equal(text.slice(at - 2, at + 9), "xxharbourxx");
  });

  it("joins the text when edits have split it into many pieces, so reads stay cheap", () => {
    let text = PieceText.of("y".repeat(1_000_000));
    for (let i = 0; i < 500; i++) text = text.edited(i * 1000, i * 1000 + 1, "Z".repeat(300));
    assert.ok(text.pieceCount <= 130, `${text.pieceCount} pieces`);
    assert.equal(text.length, 1_000_000 + 500 * 299);
  });

  it("starts over from the joined string once something read the whole text", () => {
    let text = PieceText.of("z".repeat(10_000));
    for (let i = 0; i < 20; i++) text = text.edited(i * 400, i * 400, "W".repeat(300));
    assert.ok(text.pieceCount > 20);
    const whole = text.toString();
    const next = text.edited(5, 6, "");
    assert.equal(next.pieceCount, 2);
    assert.equal(next.toString(), whole.slice(0, 5) + whole.slice(6));
  });

  it("clamps edits and reads outside the text", () => {
    const text = PieceText.of("abc").edited(10, 2, "Z");
    assert.equal(text.toString(), "abZ");
    assert.equal(text.slice(-5, 99), "abZ");
    assert.ok(Number.isNaN(text.charCodeAt(3)));
    assert.equal(PieceText.of("").edited(0, 0, "").toString(), "");
  });
});
