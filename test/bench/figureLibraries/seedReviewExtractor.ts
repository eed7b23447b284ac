// Our own figure grammar, through analyze() for scoring and through the figures-only pipeline
// for throughput (segmenting articles and detecting claims is not work a number library does).
import { analyze } from "../../../server/src/core/analysis";
import { createTextModel } from "../../../server/src/core/document";
import { extractFigures } from "../../../server/src/core/figures";
import { findTables } from "../../../server/src/core/tables";
import { defaultAnalysisOptions } from "../../../server/src/core/options";
import type { FigureExtractor, Prediction } from "./prediction";

export const seedReviewExtractor: FigureExtractor = {
  name: "seed-review figure grammar",
  extract(text) {
    const lines = text.split("\n");
    const out: Prediction[] = [];
    for (const f of analyze(text).figures) {
      const item = { text: f.text, value: f.value };
      const { start, end } = f.range;
      // Split multi-line figures per line exactly as score.mjs does.
      for (let l = start.line; l <= end.line; l++) {
        const s = l === start.line ? start.character : 0;
        const e = l === end.line ? end.character : (lines[l]?.length ?? 0);
        out.push({ line: l + 1, span: [s, e], item });
      }
    }
    return out;
  },
  run(text) {
    const doc = createTextModel(text);
    extractFigures(doc, findTables(doc), defaultAnalysisOptions);
  },
};
