// A file cut into blocks of whole lines, each holding its word cases and figure statements, so
// an edit redoes only the blocks it touches. A block's results depend only on its own text and
// figures: words, sentences and subjects never cross a line break.
import type { Figure } from "../model";
import { countCases, type CaseCounts, type CaseProfile } from "./caseProfile";
import { findArticleIndex, listFigureStatements, type FigureStatement } from "./figureStatement";

/** Target block size in characters: an edit redoes about this much; smaller blocks cost memory. */
export const BLOCK_CHARS = 16_384;

export interface Block {
  start: number;
  end: number;
  cases: CaseCounts;
  /** The figures the block was computed from (to check that a kept block's figures are the same). */
  figures: Figure[];
  statements: FigureStatement[];
  /** Each statement's figure index relative to the block's first figure. */
  offsets: Int32Array;
}

/** Line-aligned cuts of [start, end) of about BLOCK_CHARS each (`start` is a line start). */
export function cutLines(text: string, start: number, end: number, blockChars = BLOCK_CHARS): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  while (start < end) {
    const newline = start + blockChars >= end ? -1 : text.indexOf("\n", start + blockChars - 1);
    const stop = newline < 0 || newline + 1 >= end ? end : newline + 1;
    out.push({ start, end: stop });
    start = stop;
  }
  return out;
}

/** Computes a block; `from`..`to` are the indexes of its figures in `figures`; its word cases
 * are counted against `profile`'s entries (and merged into it by the caller). */
export function computeBlock(
  profile: CaseProfile, file: string, text: string, start: number, end: number, figures: readonly Figure[], from: number, to: number, articleStarts: readonly number[],
): Block {
  const statements = listFigureStatements(file, text, figures, articleStarts, from, to);
  return {
    start, end, cases: countCases(profile, text, start, end), figures: figures.slice(from, to),
    statements, offsets: Int32Array.from(statements, (st) => st.figureIndex - from),
  };
}

/** Whether a figure reads the same for the conflict check, relative to its block's start. */
function isSameFigure(a: Figure, aBase: number, b: Figure, bBase: number): boolean {
  return a.span.start - aBase === b.span.start - bBase && a.span.end - aBase === b.span.end - bBase
    && a.text === b.text && a.value === b.value && a.valueHigh === b.valueHigh && a.plusMinus === b.plusMinus
    && a.qualifier === b.qualifier && a.unit === b.unit && a.dimension === b.dimension && a.tier === b.tier
    && !a.cell === !b.cell && a.cell?.rowHeader === b.cell?.rowHeader;
}

export function hasSameFigures(block: Block, newStart: number, figures: readonly Figure[], from: number, to: number): boolean {
  if (to - from !== block.figures.length) return false;
  for (let i = from; i < to; i++) if (!isSameFigure(block.figures[i - from], block.start, figures[i], newStart)) return false;
  return true;
}

/** Moves a kept block to `newStart` and points its statements at the new analysis' figures. */
export function rebaseBlock(block: Block, newStart: number, figures: readonly Figure[], from: number, articleStarts: readonly number[]): void {
  const shift = newStart - block.start;
  block.start = newStart;
  block.end += shift;
  block.figures = figures.slice(from, from + block.figures.length);
  for (let k = 0; k < block.statements.length; k++) {
    const st = block.statements[k];
    const figureIndex = from + block.offsets[k];
    const figure = figures[figureIndex];
    st.figureIndex = figureIndex;
    st.figure = figure;
    st.span = figure.span;
    st.range = figure.range;
    st.sentenceStart += shift;
    st.articleIndex = findArticleIndex(articleStarts, figure.span.start);
  }
}
