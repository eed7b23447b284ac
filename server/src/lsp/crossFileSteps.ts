// Indexing a long text for the cross-file matching in steps that each take a few milliseconds:
// every step hands the CorpusIndex a longer prefix of the text with the part of the analysis
// lying inside it. The index takes each step as an edit that appends, keeps what it indexed
// before, and after the last step (the whole text and analysis) holds what one update gives.
import type { Analysis } from "../core/model";
import { findChangedRegion } from "../core/incremental/textDiff";

export interface IndexStep { text: string; analysis: Analysis }

/** What the index holds for a file: `text.slice(0, cut)` (all of it once its last step ran). */
export interface IndexedText { text: string; cut: number }

/** Characters a step adds: about 10 ms of signing and figure statements, so an edit or hover
 * arriving meanwhile waits at most that long. */
export const STEP_CHARS = 131_072;

/**
 * The steps from what the index holds (`indexed`, undefined for a new file) to `text`. A file
 * indexed completely gets one step, the whole update, whose cost follows the change (a one-line
 * edit); a new file, or one whose stepped indexing was abandoned, continues in steps from where
 * the index and the text agree.
 */
export function* listIndexSteps(indexed: IndexedText | undefined, text: string, analysis: Analysis, stepChars = STEP_CHARS): Generator<IndexStep> {
  const resume = findResumePoint(indexed, text, stepChars);
  if (resume) {
    const prefixOf = createPrefixTaker(text, analysis);
    // An edit inside the indexed part is one cheap step of its own.
    if (!resume.held && resume.from > 0) yield prefixOf(resume.from);
    for (let cut = nextCut(text, resume.from + stepChars); cut > 0 && text.length - cut > stepChars / 2; cut = nextCut(text, cut + stepChars)) yield prefixOf(cut);
  }
  yield { text, analysis };
}

/** Where steps start (the index then holds `text.slice(0, from)`, or will after one edit
 * step when not `held`), or null when one whole update is the better step. */
function findResumePoint(indexed: IndexedText | undefined, text: string, stepChars: number): { from: number; held: boolean } | null {
  if (!indexed) return { from: 0, held: true };
  if (indexed.cut >= indexed.text.length) return null;
  const { start, oldEnd, newEnd } = findChangedRegion(indexed.text, text);
  if (start >= indexed.cut) return { from: indexed.cut, held: true };
  // Changed within what is indexed: the same cut, moved by the edit.
  if (oldEnd <= indexed.cut) return { from: indexed.cut + newEnd - oldEnd, held: false };
  // The change reaches past the cut: redo the indexed part from its start, if that is short.
  return indexed.cut - start <= stepChars ? { from: start, held: false } : null;
}

/** Prefix steps for growing cuts; analysis lists are sorted by start, so the items wholly
 * inside a prefix are a prefix of each list. */
function createPrefixTaker(text: string, analysis: Analysis): (cut: number) => IndexStep {
  let articles = 0, figures = 0;
  return (cut) => {
    while (articles < analysis.articles.length && analysis.articles[articles].span.end <= cut) articles++;
    while (figures < analysis.figures.length && analysis.figures[figures].span.end <= cut) figures++;
    return {
      text: text.slice(0, cut),
      analysis: { articles: analysis.articles.slice(0, articles), tables: [], figures: analysis.figures.slice(0, figures), claims: [], problems: [] },
    };
  };
}

/** The first line start at or after `at`, or 0 when no line starts there (one step is left). */
function nextCut(text: string, at: number): number {
  if (at >= text.length) return 0;
  return text.indexOf("\n", at - 1) + 1;
}
