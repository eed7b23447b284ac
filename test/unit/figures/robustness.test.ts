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
  it("reads a 1 MB single line quickly", () => {
    const line = "over 25 GPUs ran 3.5x faster at $4 million, Figure 2, A100 ~7% ".repeat(16000);
    const t0 = performance.now();
    const found = figuresOf(line);
    const ms = performance.now() - t0;
    assert.equal(found.length, 16000 * 4);
    assert.ok(ms < 5000, `took ${ms} ms`);
  });
});
