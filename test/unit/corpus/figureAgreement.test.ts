// Whether two written figures can state the same true value (rounding, qualifiers, ranges, ±).
import assert from "node:assert/strict";
import { doIntervalsAgree, toValueInterval } from "../../../server/src/core/corpus/figureAgreement";
import type { Figure } from "../../../server/src/core/model";

type Written = Pick<Figure, "text" | "value"> & Partial<Figure>;

function toFigure(w: Written): Figure {
  const zero = { line: 0, character: 0 };
  return { span: { start: 0, end: 0 }, range: { start: zero, end: zero }, unit: "x", dimension: "count", qualifier: null, tier: "required", ...w };
}

function check(a: Written, b: Written, agree: boolean): void {
  const ia = toValueInterval(toFigure(a)), ib = toValueInterval(toFigure(b));
  assert.ok(ia && ib);
  assert.equal(doIntervalsAgree(ia, ib), agree, `${a.text} vs ${b.text}`);
  assert.equal(doIntervalsAgree(ib, ia), agree, `${b.text} vs ${a.text} (symmetric)`);
}

describe("corpus: figure agreement", () => {
  it("agrees on identical values, also with nothing to round", () => {
    check({ text: "0 errors", value: 0 }, { text: "0 errors", value: 0 }, true);
    check({ text: "512 GPUs", value: 512 }, { text: "512 GPUs", value: 512 }, true);
  });
  it("agrees when one figure rounds to the other", () => {
    check({ text: "1.3B", value: 1.3e9 }, { text: "1,300 million", value: 1.3e9 }, true);
    check({ text: "1.3B", value: 1.3e9 }, { text: "1.27 billion", value: 1.27e9 }, true);
    check({ text: "37,000 GPUs", value: 37000 }, { text: "36,800 GPUs", value: 36800 }, true);
  });
  it("disagrees when neither rounds to the other", () => {
    check({ text: "37,000 GPUs", value: 37000 }, { text: "36,000 GPUs", value: 36000 }, false);
    check({ text: "8 GPUs", value: 8 }, { text: "9 GPUs", value: 9 }, false);
    check({ text: "100 GPUs", value: 100 }, { text: "128 GPUs", value: 128 }, false);
    check({ text: "1.3B", value: 1.3e9 }, { text: "1.5B", value: 1.5e9 }, false);
  });
  it("reads qualifiers, ranges and ± as bounds", () => {
    check({ text: "more than 30,000", value: 30000, qualifier: "more than" }, { text: "37,000", value: 37000 }, true);
    check({ text: "up to 5.2x", value: 5.2, qualifier: "up to" }, { text: "6.1x", value: 6.1 }, false);
    check({ text: "about 40 GB", value: 40, qualifier: "about" }, { text: "43 GB", value: 43 }, true);
    check({ text: "2.8-5.2x", value: 2.8, valueHigh: 5.2 }, { text: "4x", value: 4 }, true);
    check({ text: "0.085 ± 0.025", value: 0.085, plusMinus: 0.025 }, { text: "0.2", value: 0.2 }, false);
  });
});
