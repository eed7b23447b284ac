// One input file → its analysis: read, decode, analyse. Shared by the CLI's main thread and
// its worker threads, so a batch gives the same result whichever runs it.
import { analyze } from "../core/analysis";
import type { Analysis } from "../core/model";
import { InputError, readCorpusFile } from "./inputs";

export interface AnalyzeFileOptions { optionalFigures: boolean; minConfidence: number }

export type FileOutcome =
  | { kind: "analysed"; file: string; text: string; analysis: Analysis; warnings: string[] }
  | { kind: "skipped"; file: string; message: string };

export function analyzeFile(file: string, options: AnalyzeFileOptions): FileOutcome {
  let read;
  try { read = readCorpusFile(file); } catch (e) {
    if (e instanceof InputError) return { kind: "skipped", file, message: e.message };
    throw e;
  }
  const analysis = analyze(read.text, { includeOptionalFigures: options.optionalFigures, minClaimConfidence: options.minConfidence });
  return { kind: "analysed", file, text: read.text, analysis, warnings: read.warnings };
}
