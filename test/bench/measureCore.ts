// In-process measurements on one input text: our full analysis, the raw digit-run scan that
// bounds any scanner, two reference passes that show what any JavaScript analysis must pay
// (one loop testing every character; the copy a one-line edit of a JS string costs), and an
// incremental re-analysis after a one-line edit in the middle.
import type { ReanalysisMode } from "../../server/src/core/incremental";
import type { Core } from "./bundledCore";
import { median, medianTime, timeOnce } from "./timing";

export interface CoreTimes {
  analysisMs: number; analysisCpuMs: number; regexMs: number; regexCpuMs: number; digitRuns: number;
  /** One loop that tests each character once (counting words): the floor of any per-character pass. */
  wordLoopMs: number; words: number;
  /** Applying a one-line edit to one string and reading it: V8 copies the whole string (what the server's PieceText avoids). */
  editCopyMs: number;
  articles: number; figures: number; claims: number;
}

export function measureCore(core: Core, text: string, runs: number): CoreTimes {
  const { analyze } = core;
  let result = analyze(text);
  const analysis = medianTime(() => (result = analyze(text)), runs);
  let digitRuns = 0;
  const regex = medianTime(() => (digitRuns = countDigitRuns(text)), runs);
  let words = 0;
  const wordLoop = medianTime(() => (words = countWords(text)), runs);
  const editCopy = medianTime(() => copyWithEdit(text), Math.max(runs, 9));
  return {
    analysisMs: analysis.wallMs, analysisCpuMs: analysis.cpuMs, regexMs: regex.wallMs, regexCpuMs: regex.cpuMs, digitRuns,
    wordLoopMs: wordLoop.wallMs, words, editCopyMs: editCopy.wallMs,
    articles: result.articles.length, figures: result.figures.length, claims: result.claims.length,
  };
}

/** Words as runs of ASCII letters: one comparison chain per character and nothing stored. */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    const letter = c >= 97 && c <= 122;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

/** What TextDocument.update does for a one-line edit, plus the first read that flattens the result. */
function copyWithEdit(text: string): number {
  const at = text.length >> 1;
  const edited = text.slice(0, at) + EDIT_SUFFIX + text.slice(at);
  return edited.charCodeAt(at - 1);
}

function countDigitRuns(text: string): number {
  let n = 0;
  const re = /\d+/g;
  while (re.exec(text)) n++;
  return n;
}

/** The middle non-blank line and a one-line edit of it (appending a clause with a figure, then removing it). */
export function findMiddleLine(text: string): { line: number; text: string } {
  const lines = text.split("\n");
  for (let i = lines.length >> 1; i < lines.length; i++) if (lines[i].trim().length > 20) return { line: i, text: lines[i] };
  return { line: lines.length >> 1, text: lines[lines.length >> 1] ?? "" };
}

export const EDIT_SUFFIX = " It grew by 42% last year.";

export interface IncrementalTimes { medianMs: number; medianCpuMs: number; firstEditsMs: number; modes: ReanalysisMode[] }

/** Edits counted as warm-up: the incremental path's own code is compiled during the first few. */
const WARM_UP = 5;

/**
 * Times reanalyzeText for WARM_UP + `edits` alternating edits of the middle line, starting from
 * the state the server keeps after opening (analysis + segmentation): the server's path without
 * the protocol. The median is of the edits after the warm-up; the warm-up's median is kept apart.
 */
export function measureIncremental(core: Core, text: string, edits: number): IncrementalTimes {
  const { analyzeWithSegmentation, createTextModel, reanalyzeText, defaultAnalysisOptions } = core;
  const model = createTextModel(text);
  let state: Parameters<typeof reanalyzeText>[0] = { model, ...analyzeWithSegmentation(model, defaultAnalysisOptions) };
  const { line } = findMiddleLine(text);
  const lineEnd = model.lineEnd(line);
  const edited = text.slice(0, lineEnd) + EDIT_SUFFIX + text.slice(lineEnd);
  const times: number[] = [], cpu: number[] = [];
  const modes: ReanalysisMode[] = [];
  for (let i = 0; i < WARM_UP + edits; i++) {
    const next = i % 2 === 0 ? edited : text;
    let mode: ReanalysisMode = "full";
    const before = process.cpuUsage();
    times.push(timeOnce(() => {
      const r = reanalyzeText(state, next, defaultAnalysisOptions);
      state = r;
      mode = r.mode;
    }));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
    modes.push(mode);
  }
  return { medianMs: median(times.slice(WARM_UP)), medianCpuMs: median(cpu.slice(WARM_UP)), firstEditsMs: median(times.slice(0, WARM_UP)), modes };
}
