// Property-based checks of analyze(text) on hostile and corpus-like text (quick profile: ~200
// runs per property so the unit suite stays fast; `npm run fuzz` runs 10,000 and a 10 MB line).
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { analyze } from "../../../server/src/core/analysis";
import { listViolations } from "../../fuzz/analysisInvariants";
import { buildLongLine, corpusLikeText, corruptedCorpusText, hostileText } from "../../fuzz/textArbitraries";

const QUICK = { numRuns: 200 };

/** Analyses `text` and fails with the list of broken invariants, if any. */
function checkHolds(text: string): void {
  assert.deepEqual(listViolations(text, analyze(text)), [], `input ${JSON.stringify(text.slice(0, 200))}`);
}

describe("analysis properties", () => {
  it("keeps its invariants on arbitrary text: lone surrogates, astral characters, NUL, mixed line breaks", () => {
    fc.assert(fc.property(hostileText, (text) => checkHolds(text)), QUICK);
  });

  it("keeps its invariants on corpus-like text: titles, feed closers, speakers, figures, tables", () => {
    fc.assert(fc.property(corpusLikeText, (text) => checkHolds(text)), QUICK);
  });

  it("keeps its invariants on corpus-like text with hostile fragments spliced in", () => {
    fc.assert(fc.property(corruptedCorpusText, (text) => checkHolds(text)), QUICK);
  });

  it("gives the same outline with outlineOnly as the full analysis (the size-limit path)", () => {
    fc.assert(fc.property(corpusLikeText, (text) => {
      const outline = analyze(text, { outlineOnly: true });
      assert.deepEqual(outline.articles, analyze(text).articles);
      assert.deepEqual([outline.figures.length, outline.claims.length, outline.tables.length], [0, 0, 0]);
    }), { numRuns: 50 });
  });

  const edgeCases: [string, string][] = [
    ["empty input", ""],
    ["only line breaks", "\r\n\r\r\n\n\r"],
    ["a lone high surrogate before a figure", "\ud800 38% of 12 GPUs"],
    ["a lone low surrogate after a figure", "It grew 38%\udc00."],
    ["an astral character glued to a number", "🌊38% and 𝟏𝟐 GPUs and 12🌊 GB"],
    ["NUL bytes inside prose", "Harbour buoys\u0000 cut alarms by 38%.\u0000\u0000"],
    ["a byte-order mark and zero-width spaces", "\ufeffTitle\u200b\n\nIt costs $3\u200b million."],
    ["CR-only line breaks around a feed closer", "Fog buoys\r\rThey cut alarms by 38%.\rThe post Fog buoys appeared first on Example Lab Blog.\rRead More\r"],
    ["a pipe table with ragged rows", "| a | b |\n|---|\n| 1 | 2 | 3 | 4 |\n|\n| x"],
  ];
  for (const [name, text] of edgeCases) it(`keeps its invariants on ${name}`, () => checkHolds(text));

  it("analyses a 1 MB single line and keeps its invariants", function () {
    this.timeout(60_000);
    checkHolds(buildLongLine(1_000_000));
  });
});
