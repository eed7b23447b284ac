// The invariant checker itself: each broken promise in a hand-made analysis is reported, so the
// property tests cannot pass by checking nothing.
import { strict as assert } from "node:assert";
import { listViolations } from "../../fuzz/analysisInvariants";
import { createTextModel } from "../../../server/src/core/document";
import type { Analysis, Article, Claim, Figure, Span } from "../../../server/src/core/model";

const TEXT = "Fog 🌊 buoys\r\nThey cut alarms by 38%.\nSecond post\n";
const doc = createTextModel(TEXT);

function article(span: Span): Article {
  return { title: "t", titleIsDerived: false, span, range: doc.rangeOf(span), titleSpan: null, titleRange: null, sections: [], evidence: "", layout: "titled" };
}
function figure(span: Span, value: number | null = 38): Figure {
  return { text: TEXT.slice(span.start, span.end), span, range: doc.rangeOf(span), value, unit: "%", dimension: "percent", qualifier: null, tier: "required" };
}
function claim(span: Span, articleIndex = 0): Claim {
  return { text: TEXT.slice(span.start, span.end), span, range: doc.rangeOf(span), kind: "measurement", reasons: ["figure"], confidence: 0.9, article: articleIndex };
}
function analysis(parts: Partial<Analysis>): Analysis {
  return { articles: [], tables: [], figures: [], claims: [], problems: [], ...parts };
}

/** The checker reports a violation for `broken` that matches `expected`. */
function check(broken: Analysis, expected: RegExp): void {
  const found = listViolations(TEXT, broken);
  assert.ok(found.some((v) => expected.test(v)), `expected ${expected} among ${JSON.stringify(found)}`);
}

describe("analysis invariant checker", () => {
  const fig = { start: 33, end: 36 };
  it("accepts a consistent analysis", () => {
    assert.deepEqual(listViolations(TEXT, analysis({ articles: [article({ start: 0, end: 37 }), article({ start: 38, end: 50 })], figures: [figure(fig)], claims: [claim({ start: 14, end: 37 })] })), []);
  });
  it("reports a span past the end", () => check(analysis({ figures: [{ ...figure(fig), span: { start: 33, end: 99 } }] }), /not inside the document/));
  it("reports a reversed span", () => check(analysis({ figures: [{ ...figure(fig), span: { start: 36, end: 33 } }] }), /reversed/));
  it("reports a span that splits a surrogate pair", () => check(analysis({ articles: [article({ start: 5, end: 12 })] }), /splits a surrogate pair at offset 5/));
  it("reports a range that disagrees with its span", () => check(analysis({ figures: [{ ...figure(fig), range: doc.rangeOf({ start: 32, end: 36 }) }] }), /disagrees with rangeOf/));
  it("reports overlapping articles", () => check(analysis({ articles: [article({ start: 0, end: 30 }), article({ start: 20, end: 50 })] }), /overlaps/));
  it("reports unsorted figures", () => check(analysis({ figures: [figure(fig), figure({ start: 0, end: 3 }, 1)] }), /starts before/));
  it("reports a figure whose text is not its span's text", () => check(analysis({ figures: [{ ...figure(fig), text: "38 %" }] }), /differs from its span's text/));
  it("reports a value JSON cannot carry", () => check(analysis({ figures: [figure(fig, Infinity)] }), /not serialisable/));
  it("reports a claim pointing at a missing article", () => check(analysis({ claims: [claim({ start: 14, end: 37 }, 3)] }), /not an article index/));
  it("reports a claim outside its article", () => check(analysis({ articles: [article({ start: 0, end: 12 })], claims: [claim({ start: 14, end: 37 })] }), /outside its article/));
  it("reports a section outside its article", () => {
    const a = article({ start: 0, end: 12 });
    check(analysis({ articles: [{ ...a, sections: [{ title: "s", span: { start: 38, end: 50 }, range: doc.rangeOf({ start: 38, end: 50 }) }] }] }), /sections\[0\].*outside its article/);
  });
});
