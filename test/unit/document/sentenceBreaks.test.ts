// The Latin-1 sentence breaker must give exactly Intl.Segmenter's boundaries (the segmenter
// is the reference it replaces), and hand other scripts back to the segmenter.
import { strict as assert } from "node:assert";
import { findSentenceBreaks } from "../../../server/src/core/document/sentenceBreaks";
import { isWhitespaceCode } from "../../../server/src/core/document/whitespace";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const referenceBreaks = (text: string) => [...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0);

function check(text: string, expected: number[] | undefined): void {
  assert.deepEqual(findSentenceBreaks(text), expected, JSON.stringify(text));
  if (expected) assert.deepEqual(expected, referenceBreaks(text), `fixture disagrees with the segmenter: ${JSON.stringify(text)}`);
}

describe("sentence breaks (Latin-1)", () => {
  it("breaks after terminators, keeping closing quotes and spaces (SB9-SB11)", () => {
    check("It rose. Then it fell.", [9]);
    check("Really?! “Yes.” No way.", [9, 16]);
    check("Done.) Next one", [7]);
  });

  it("does not break before lower case, digits, SContinue or inside initials (SB6-SB8a)", () => {
    check("Costs fell (approx. 3 units) and rose.", []);
    check("Version 2.5 is out. 4 GPUs fail.", [20]);
    check("It is out. 4 of them fail.", []);
    check("See p. 12 for more", []);
    check("Wait... — it works", []);
    check("Made in the U.S.A By hand", []);
    check("The U.S. Army grew", [9]);
    check("It grew. Later it fell", [9]);
  });

  it("returns undefined for text outside Latin-1 and common punctuation", () => {
    check("Tokyo is 東京. Next.", undefined);
    check("soft\u00adhyphen. Next", undefined);
  });

  it("agrees with Intl.Segmenter on generated Latin-1 lines", () => {
    const alphabet = [" ", "\t", "\u00a0", "a", "z", "é", "ß", "µ", "A", "Z", "É", "0", "7", ".", ".", "!", "?", "\"", "'", "(", ")", "]",
      "«", "»", "‘", "’", "“", "”", ",", "-", ":", ";", "–", "—", "#", "%", "/", "•", "…", "±", "×", "°", "¿", "€"];
    const chunks = ["Dr. ", "e.g. ", "U.S. ", "the ", "The ", "2.5 ", "... ", "etc.) ", "K. ", "so? ", "!) ", "We "];
    let seed = 7;
    const random = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
    for (let t = 0; t < 20000; t++) {
      let text = "";
      const length = 1 + Math.floor(random() * 20);
      for (let k = 0; k < length; k++) text += random() < 0.3 ? chunks[Math.floor(random() * chunks.length)] : alphabet[Math.floor(random() * alphabet.length)];
      assert.deepEqual(findSentenceBreaks(text), referenceBreaks(text), JSON.stringify(text));
    }
  });
});

describe("whitespace codes", () => {
  it("are exactly the characters of \\s", () => {
    for (let code = 0; code < 0x10000; code++) {
      assert.equal(isWhitespaceCode(code), /\s/.test(String.fromCharCode(code)), code.toString(16));
    }
  });
});
