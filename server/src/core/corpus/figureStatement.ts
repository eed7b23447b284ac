// A figure as a statement about something: its key (dimension, head of the unit or counted
// noun) and the capitalised name runs before it in its sentence, nearest first, from which the
// matcher picks the subject once it knows, across all files, which words are names.
import type { Figure, Span, Range } from "../model";

export interface FigureStatement {
  file: string;
  figureIndex: number;
  articleIndex: number;
  figure: Figure;
  dimension: Figure["dimension"];
  /** Canonical unit, or the counted noun's head ("gpu"). */
  unit: string;
  /** Word runs before the figure in its sentence, nearest first, each as written. */
  nameRuns: string[][];
  /** Where the figure's sentence starts: figures of one sentence with one key are a comparison. */
  sentenceStart: number;
  /** The row header of a table cell, which names the subject outright. */
  rowHeader: string | null;
  span: Span;
  range: Range;
}

/** How far back (characters) the subject may sit; sentences of prose rarely carry a figure's
 * subject further away, and the bound keeps the scan constant per figure. */
const LOOKBACK = 160;
/** Name runs kept per figure; the nearest qualifying one wins. */
const MAX_RUNS = 3;

/** Head noun of a counted noun, singular and lower-case ("NVIDIA A100 GPUs" → "gpu"); units of
 * other dimensions are already canonical ("GB", "%") and kept as written. */
export function normaliseUnit(unit: string, dimension: Figure["dimension"]): string {
  if (dimension !== "count") return unit;
  const words = unit.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const head = words[words.length - 1] ?? unit.toLowerCase();
  return head.length > 3 && head.endsWith("s") && !head.endsWith("ss") ? head.slice(0, -1) : head;
}

/** Start of the sentence holding `at`: after a line break or a full stop that ends a word,
 * not one inside an abbreviation such as "U.S." (a capital right before it). */
function findSentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - LOOKBACK);
  for (let i = at - 1; i > floor; i--) {
    const c = text[i];
    if (c === "\n") return i + 1;
    if ((c === " " || c === "\t") && /[.!?]/.test(text[i - 1]) && i >= 2 && !/\p{Lu}/u.test(text[i - 2])) return i + 1;
  }
  return floor;
}

/** A subject more than SUBJECT_WORDS words before its figure is as likely another clause's. */
const SUBJECT_WORDS = 8;

/** Start of the last SUBJECT_WORDS words before `at`, not before the sentence start. */
function nearSubjectStart(text: string, sentenceStart: number, at: number): number {
  let words = 0, inWord = false;
  for (let i = at - 1; i >= sentenceStart; i--) {
    const space = text[i] === " " || text[i] === "\t";
    if (space && inWord && ++words >= SUBJECT_WORDS) return i + 1;
    inWord = !space;
  }
  return sentenceStart;
}

const TOKEN = /[\p{L}\p{N}µ][\p{L}\p{N}µ.’'-]*/gu;

/** Runs of words that start with a capital or carry inner capitals/digits, separated only by
 * spaces; a run stops at a lower-case word, punctuation or another figure (whose unit, "GB",
 * is no subject). Nearest run first. */
export function listNameRuns(text: string, start: number, end: number, figureSpans: readonly Span[] = []): string[][] {
  const runs: string[][] = [];
  let run: string[] = [], lastEnd = -1;
  const flush = () => { if (run.length > 0) runs.push(run); run = []; };
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const at = start + (m.index ?? 0);
    if (figureSpans.some((f) => at < f.end && at + m[0].length > f.start)) { flush(); lastEnd = -1; continue; }
    const word = m[0].replace(/(?:[’']s|[.’'-])+$/u, "");
    const isName = word.length > 0 && (/^\p{Lu}/u.test(word) || /^\p{L}+.*(?:\p{Lu}|\p{N})/u.test(word));
    const adjacent = lastEnd >= 0 && /^[ \t]+$/.test(text.slice(lastEnd, at));
    if (!isName || !adjacent) flush();
    if (isName) run.push(word);
    lastEnd = at + m[0].length;
  }
  flush();
  return runs.reverse().slice(0, MAX_RUNS);
}

export function findArticleIndex(starts: readonly number[], at: number): number {
  let lo = 0, hi = starts.length - 1, found = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= at) { found = mid; lo = mid + 1; } else hi = mid - 1; }
  return found;
}

/** Figures worth comparing: a value, a unit or counted noun, not a date, not optional. `from`
 * and `to` bound the figures listed (a block of whole lines, for an index that redoes one). */
export function listFigureStatements(
  file: string, text: string, figures: readonly Figure[], articleStarts: readonly number[], from = 0, to = figures.length,
): FigureStatement[] {
  const out: FigureStatement[] = [];
  let firstNear = from; // earliest figure that may end inside the current look-back window
  for (let figureIndex = from; figureIndex < to; figureIndex++) {
    const figure = figures[figureIndex];
    if (figure.value === null || !figure.unit || figure.dimension === "date" || figure.tier === "optional") continue;
    const start = figure.span.start;
    const sentenceStart = findSentenceStart(text, start);
    const from = nearSubjectStart(text, sentenceStart, start);
    while (firstNear < figureIndex && figures[firstNear].span.end <= from - LOOKBACK) firstNear++;
    const before = figures.slice(firstNear, figureIndex).map((f) => f.span).filter((sp) => sp.end > from);
    out.push({
      file, figureIndex, figure, articleIndex: findArticleIndex(articleStarts, start),
      dimension: figure.dimension, unit: normaliseUnit(figure.unit, figure.dimension),
      sentenceStart,
      nameRuns: figure.cell ? [] : listNameRuns(text, from, start, before),
      rowHeader: figure.cell?.rowHeader.trim() || null,
      span: figure.span, range: figure.range,
    });
  }
  return out;
}
