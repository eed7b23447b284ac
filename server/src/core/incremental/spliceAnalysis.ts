// Puts a slice re-analysis into the previous analysis: items before the slice's interior are
// kept, items inside come from the slice, items after it move by the edit's length. Each splice
// first checks that the slice agrees with the old analysis in its margins; null means it does
// not, and the caller falls back to a full analysis.
import type { Article, Claim, Span } from "../model";
import type { EditWindow } from "./editWindow";
import { isSameValue } from "./sameValue";
import { copyShifted, type Mover } from "./shiftedCopy";

/** Tables, figures, claims or problems: any list of items with a span, in document order. */
export function spliceItems<T extends { span: Span }>(old: readonly T[], slice: readonly T[], w: EditWindow, move: Mover<T> = copyShifted, ignore?: ReadonlySet<string>): T[] | null {
  const at = findSplitPoints(old, w);
  if (!at) return null;
  const shift = { offset: w.offsetDelta, lines: w.lineDelta };
  const leftMargin = old.slice(at.leftMargin, at.kept);
  const rightMargin: T[] = [];
  for (let i = at.moved; i < at.rightMarginEnd; i++) rightMargin.push(move(old[i], shift));
  const fresh = slice.filter((x) => x.span.start >= w.interiorStart && x.span.start < w.interiorEnd);
  const sliceLeft = slice.filter((x) => x.span.start < w.interiorStart);
  const sliceRight = slice.filter((x) => x.span.start >= w.interiorEnd);
  if (!isSameValue(sliceLeft, leftMargin, ignore) || !isSameValue(sliceRight, rightMargin, ignore)) return null;
  // Checked first, moved after: a splice that falls back to a full analysis copies no tail.
  const out = old.slice(0, at.kept);
  for (const x of fresh) out.push(x);
  for (const x of rightMargin) out.push(x);
  for (let i = at.rightMarginEnd; i < old.length; i++) out.push(move(old[i], shift));
  return out;
}

/** Where the window cuts a list: items [0, kept) stay, [leftMargin, kept) lie in the left
 * margin, [moved, end) move, [moved, rightMarginEnd) lie in the right margin. */
interface SplitPoints { kept: number; leftMargin: number; moved: number; rightMarginEnd: number }

/**
 * One pass of comparisons, so the lists (tens of thousands of items in a 5 MB text) are then
 * copied in bulk. Null when an item reaches from before the interior into it (it cannot be
 * kept as it was) or the starts are out of order (the cuts would not be contiguous).
 */
function findSplitPoints(items: readonly { span: Span }[], w: EditWindow): SplitPoints | null {
  const at: SplitPoints = { kept: 0, leftMargin: 0, moved: 0, rightMarginEnd: 0 };
  let previous = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const { start, end } = items[i].span;
    if (start < previous) return null;
    previous = start;
    if (start >= w.oldSliceEnd) continue;
    if (start < w.sliceStart) at.leftMargin = i + 1;
    if (start < w.interiorStart) {
      if (end > w.interiorStart) return null;
      at.kept = i + 1;
    }
    if (start < w.oldInteriorEnd) at.moved = i + 1;
    at.rightMarginEnd = i + 1;
  }
  return at;
}

/** Sets each claim's article index: the article whose span holds the claim's start. */
export function assignArticles(claims: Claim[], articles: readonly Article[]): Claim[] {
  let a = 0;
  // A loop, not map with a closure: it runs over every claim of the file on each keystroke.
  const out = new Array<Claim>(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i], start = c.span.start;
    while (a < articles.length - 1 && articles[a + 1].span.start <= start) a++;
    const inside = a < articles.length && articles[a].span.start <= start && start < articles[a].span.end;
    const article = inside ? a : -1;
    out[i] = article === c.article ? c : { ...c, article };
  }
  return out;
}
