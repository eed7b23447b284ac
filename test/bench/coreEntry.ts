// What the benchmark times, bundled as the product ships it (bundledCore.ts).
export { analyze, analyzeWithSegmentation } from "../../server/src/core/analysis";
export { createTextModel } from "../../server/src/core/document";
export { reanalyzeText } from "../../server/src/core/incremental";
export { defaultAnalysisOptions } from "../../server/src/core/options";
