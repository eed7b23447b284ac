// Which part of a document an edit forces to be analysed again: the articles the edit touches,
// widened by one article each side (an edit may merge into or split them), plus one more
// article each side as a margin where the slice must agree with the old analysis.
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
 * `change` is aligned to whole lines (alignToLines). Articles are sorted and disjoint, as
 * segmentArticles returns them. Null when no article is left untouched on either side, which
 * makes a slice no cheaper than the whole text.
 */
export function pickEditWindow(articles: readonly Article[], change: TextChange, old: TextDocumentModel, next: TextDocumentModel): EditWindow | null {
  if (!articles.length) return null;
  const offsetDelta = change.newEnd - change.oldEnd;
  // First article touched: the first that ends at or after the edit's start.
  let k = 0;
  while (k < articles.length && articles[k].span.end < change.start) k++;
  // Last article touched: the last that starts before the edit's (line-aligned) end.
  let j = k;
  while (j + 1 < articles.length && articles[j + 1].span.start < change.oldEnd) j++;
  const left = k - 1; // kept, but analysed again: an edit may merge article k into it
  const right = j + 1; // first article past the edit: its boundary is checked, its content moved
  const sliceStart = left - 1 >= 0 ? old.lineStart(old.lineAt(articles[left - 1].span.start)) : 0;
  const oldSliceEnd = right + 1 < articles.length ? lineAfter(old, articles[right + 1].span.end) : old.text.length;
  if (sliceStart === 0 && oldSliceEnd === old.text.length) return null;
  const interiorStart = sliceStart === 0 ? 0 : articles[left].span.start;
  const oldInteriorEnd = right < articles.length && oldSliceEnd < old.text.length ? articles[right].span.start : old.text.length;
  return {
    sliceStart,
    sliceEnd: oldSliceEnd + offsetDelta,
    interiorStart,
    interiorEnd: oldInteriorEnd + offsetDelta,
    oldInteriorEnd,
    oldSliceEnd,
    offsetDelta,
    lineDelta: next.lineCount - old.lineCount,
  };
}

/** Offset of the start of the line after the one holding `offset` (or the text's end). */
function lineAfter(doc: TextDocumentModel, offset: number): number {
  const line = doc.lineAt(offset);
  return line + 1 < doc.lineCount ? doc.lineStart(line + 1) : doc.text.length;
}
