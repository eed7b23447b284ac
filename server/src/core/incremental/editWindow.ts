// Which part of a document an edit forces to be analysed again: the articles of the new text
// that the edit touches, plus one article each side as a margin where the slice must agree
// with the old analysis. The new text's articles are known before the slice is analysed (the
// whole text is segmented first), so an edit that merges or splits articles is already seen in
// them: the slice ends always fall between articles.
import type { TextDocumentModel } from "../document";
import type { Article } from "../model";
import type { TextChange } from "./textDiff";

export interface EditWindow {
  /** The slice analysed again, in new-text offsets; both ends are line starts (or text ends). */
  sliceStart: number;
  sliceEnd: number;
  /** Items starting in [interiorStart, interiorEnd) (new offsets) are taken from the slice. */
  interiorStart: number;
  interiorEnd: number;
  /** Same as interiorEnd, in old offsets. */
  oldInteriorEnd: number;
  /** Old offset of the slice end. */
  oldSliceEnd: number;
  /** Offset and line moves of everything after the edit. */
  offsetDelta: number;
  lineDelta: number;
}

/**
 * `change` is aligned to whole lines (alignToLines); `articles` are the new text's, sorted and
 * disjoint, as segmentArticles returns them. Null when no article is left untouched on either
 * side, which makes a slice no cheaper than the whole text.
 */
export function pickEditWindow(articles: readonly Article[], change: TextChange, old: TextDocumentModel, next: TextDocumentModel): EditWindow | null {
  if (!articles.length) return null;
  const offsetDelta = change.newEnd - change.oldEnd;
  // First article touched: the first that ends at or after the edit's start.
  let k = 0;
  while (k < articles.length && articles[k].span.end < change.start) k++;
  // Last article touched: the last that starts before the edit's (line-aligned) end.
  let j = k;
  while (j + 1 < articles.length && articles[j + 1].span.start < change.newEnd) j++;
  const left = k - 1; // the left margin: analysed again, compared with the old analysis
  const right = j + 1; // the right margin
  const sliceStart = left >= 0 ? next.lineStart(next.lineAt(articles[left].span.start)) : 0;
  const sliceEnd = right < articles.length ? lineAfter(next, articles[right].span.end) : next.length;
  if (sliceStart === 0 && sliceEnd === next.length) return null;
  // The interior runs from the left margin's end (text between articles goes with the edit)
  // to the right margin's start; both lie outside the edit, so old and new offsets agree there.
  const interiorStart = left >= 0 ? articles[left].span.end : 0;
  const interiorEnd = right < articles.length ? articles[right].span.start : next.length;
  return {
    sliceStart,
    sliceEnd,
    interiorStart,
    interiorEnd,
    oldInteriorEnd: interiorEnd - offsetDelta,
    oldSliceEnd: sliceEnd - offsetDelta,
    offsetDelta,
    lineDelta: next.lineCount - old.lineCount,
  };
}

/** The articles lying inside [start, end). */
export function listArticlesWithin(articles: readonly Article[], start: number, end: number): Article[] {
  const out: Article[] = [];
  for (let i = findFirstStartingAtOrAfter(articles, start); i < articles.length && articles[i].span.start < end; i++) {
    if (articles[i].span.end <= end) out.push(articles[i]);
  }
  return out;
}

/** Index of the first article starting at or after `offset` (binary search; articles are sorted). */
function findFirstStartingAtOrAfter(articles: readonly Article[], offset: number): number {
  let lo = 0, hi = articles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (articles[mid].span.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Offset of the start of the line after the one holding `offset` (or the text's end). */
function lineAfter(doc: TextDocumentModel, offset: number): number {
  const line = doc.lineAt(offset);
  return line + 1 < doc.lineCount ? doc.lineStart(line + 1) : doc.length;
}
