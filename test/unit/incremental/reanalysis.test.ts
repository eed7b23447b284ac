// Incremental re-analysis must give exactly what a full analysis of the new text gives, after
// any chain of edits, in every layout; and it must actually take the incremental path on files
// whose articles have local boundaries.
import { strict as assert } from "node:assert";
import { analyze, analyzeWithSegmentation } from "../../../server/src/core/analysis";
import { createTextModel, PieceText } from "../../../server/src/core/document";
import { reanalyzeText, type AnalyzedText, type ReanalysisMode } from "../../../server/src/core/incremental";
import { defaultAnalysisOptions, type AnalysisOptions } from "../../../server/src/core/options";
import { composeDocument, type Layout } from "./layoutFixtures";
import { applyEdit, createEditor } from "./randomEdits";

interface Case { layout: Layout; spaced?: boolean; crlf?: boolean; options?: Partial<AnalysisOptions> }

/** Applies `edits` random edits one after another; returns how often each mode was taken. */
function check(c: Case, seed: number, edits: number): Record<ReanalysisMode, number> {
  const options = { ...defaultAnalysisOptions, ...c.options };
  let text = composeDocument(seed, c.layout, 24, c);
  let state: AnalyzedText = { model: createTextModel(text), analysis: analyze(text, options) };
  const modes: Record<ReanalysisMode, number> = { unchanged: 0, incremental: 0, full: 0 };
  const edit = createEditor(seed * 31 + 1);
  for (let i = 0; i < edits; i++) {
    const e = edit(text);
    text = applyEdit(text, e);
    const next = reanalyzeText(state, text, options);
    modes[next.mode]++;
    assert.deepStrictEqual(next.analysis, analyze(text, options), `edit ${i} (${JSON.stringify(e)}) in ${c.layout}, mode ${next.mode}: ${next.reason}`);
    state = next;
  }
  return modes;
}

describe("incremental re-analysis", () => {
  const cases: [string, Case, number][] = [
    ["feed exports", { layout: "feed" }, 0.9],
    ["feed exports with CRLF line breaks", { layout: "feed", crlf: true }, 0.9],
    ["repeated-title posts", { layout: "titled" }, 0.9],
    ["metadata headers", { layout: "header" }, 0.9],
    ["metadata headers without blank lines", { layout: "header", spaced: false }, 0.9],
    ["untitled posts (cohesion): few, long articles, so slices are often most of the file", { layout: "untitled" }, 0.1],
    ["outline only", { layout: "feed", options: { outlineOnly: true } }, 0],
    ["optional figures", { layout: "titled", options: { includeOptionalFigures: true } }, 0.9],
  ];
  for (const [name, c, minIncremental] of cases) {
    it(`equals a full analysis after random edits: ${name}`, () => {
      const modes = check(c, 11, 60);
      if (minIncremental > 0) assert.ok(modes.incremental >= 60 * minIncremental, `incremental path too rare: ${JSON.stringify(modes)}`);
    });
  }

  it("reads an edited PieceText only around the edit: the whole text is never joined on the incremental path", () => {
    for (const layout of ["feed", "titled", "header"] as Layout[]) {
      let text = composeDocument(17, layout, 24);
      let pieces = PieceText.of(text);
      // As the server starts: with the segmentation state the next version is segmented from.
      const model = createTextModel(text);
      let state: AnalyzedText = { model, ...analyzeWithSegmentation(model, defaultAnalysisOptions) };
      const edit = createEditor(99);
      let incremental = 0;
      for (let i = 0; i < 40; i++) {
        const e = edit(text);
        text = applyEdit(text, e);
        pieces = pieces.edited(e.at, e.at + e.remove, e.insert);
        let joins = 0;
        const whole = pieces.toString.bind(pieces);
        pieces.toString = () => { joins++; if (process.env.TRACE_JOIN) console.log(new Error().stack); return whole(); };
        const next = reanalyzeText(state, pieces, defaultAnalysisOptions, { start: e.at, oldEnd: e.at + e.remove, newEnd: e.at + e.insert.length });
        if (next.mode === "incremental") { incremental++; assert.equal(joins, 0, `edit ${i} in ${layout} joined the whole text`); }
        assert.deepStrictEqual(next.analysis, analyze(text), `edit ${i} (${JSON.stringify(e)}) in ${layout}, mode ${next.mode}: ${next.reason}`);
        assert.equal(next.model.text, text);
        state = next;
      }
      assert.ok(incremental >= 30, `${layout}: incremental path too rare (${incremental} of 40)`);
    }
  });

  it("reuses the previous analysis when the text did not change", () => {
    const text = composeDocument(3, "feed", 6);
    const state = { model: createTextModel(text), analysis: analyze(text) };
    const next = reanalyzeText(state, text, defaultAnalysisOptions);
    assert.equal(next.mode, "unchanged");
    assert.equal(next.analysis, state.analysis);
  });

  it("re-analyses a whole small file instead of a slice that would cover it", () => {
    const text = composeDocument(5, "feed", 2);
    const state = { model: createTextModel(text), analysis: analyze(text) };
    const next = reanalyzeText(state, text.replace("Read More", "Read more"), defaultAnalysisOptions);
    assert.equal(next.mode, "full");
  });
});
