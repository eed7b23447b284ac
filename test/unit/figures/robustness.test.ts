// The extractor never throws and stays linear: random Unicode, huge single lines.
import assert from "node:assert/strict";
import { figuresOf } from "./checkFigures";

describe("figures: robustness", () => {
  it("never throws on random Unicode", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 50; round++) {
      let s = "";
      for (let i = 0; i < 400; i++) s += String.fromCodePoint(Math.floor(rand() < 0.5 ? rand() * 128 : rand() * 0x2ffff));
      assert.doesNotThrow(() => figuresOf(s, true));
    }
  });
  // Speed is measured by `npm run bench` and `npm run fuzz`, not asserted here: this checks a
  // 1 MB line is read completely, the last repetition like the second (the first has no
  // preceding "~7%", which changes how "over 25" reads).
  it("reads a 1 MB single line completely", () => {
    const piece = "over 25 GPUs ran 3.5x faster at $4 million, Figure 2, A100 ~7% ";
    const found = figuresOf(piece.repeat(16000));
    assert.equal(found.length, 16000 * 4);
    const describe = (f: { text: string; value: number | null; unit: string | null; qualifier: string | null }) => [f.text, f.value, f.unit, f.qualifier];
    assert.deepEqual(found.slice(-4).map(describe), found.slice(4, 8).map(describe));
    assert.deepEqual(found.slice(4, 8).map((f) => f.text), ["25 GPUs", "3.5x", "$4 million", "~7%"]);
  });
});
