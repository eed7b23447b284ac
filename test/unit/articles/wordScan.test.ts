// The hand-written word scanner must find exactly the words the Unicode regex it replaces
// finds, on prose and on noise (astral letters, lone surrogates, marks, apostrophes, dashes).
import { strict as assert } from "node:assert";
import { scanWords } from "../../../server/src/core/articles/termLists";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function check(text: string): void {
  const expected = [...text.matchAll(WORD)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  assert.deepStrictEqual(scanWords(text), expected, JSON.stringify(text));
}

// Characters chosen to hit every branch: ASCII word and joiner characters, accented and
// non-Latin letters, digits of other scripts, combining marks, astral letters and digits,
// emoji, and halves of surrogate pairs on their own.
const ALPHABET = ["a", "Z", "7", "'", "’", "-", " ", ".", "é", "ß", "Ж", "中", "٣", "\u0301", "𝐀", "𝟗", "🙂", "\ud835", "\udc00", "_", "\n"];

function randomText(seed: number, length: number): string {
  let a = seed, out = "";
  for (let i = 0; i < length; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    out += ALPHABET[(a >>> 16) % ALPHABET.length];
  }
  return out;
}

describe("articles: word scanner", () => {
  it("matches the regex on prose", () => check("Kelp farms’ output rose 12-fold; the co-op's 3rd site (Ålesund) didn't."));
  it("matches the regex at the text's edges and on joiners alone", () => {
    for (const t of ["", "-", "'a", "a-", "’’x’", "x\ud835", "\udc00x", "𝐀𝐀-𝐀"]) check(t);
  });
  it("matches the regex on random Unicode", () => {
    for (let seed = 1; seed <= 200; seed++) check(randomText(seed, 60));
  });
});
