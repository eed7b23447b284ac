// Puts a slice re-analysis into the previous analysis: items before the slice's interior are
// kept, items inside come from the slice, items after it move by the edit's length. Each splice
// first checks that the slice agrees with the old analysis in its margins; null means it does
// not, and the caller falls back to a full analysis.
import type { Article, Claim, Span } from "../model";
import type { EditWindow } from "./editWindow";
import { isSameValue } from "./sameValue";
import { copyShifted } from "./shiftedCopy";

/** Tables, figures, claims or problems: any list of items with a span, in document order. */
export function spliceItems<T extends { span: Span }>(old: readonly T[], slice: readonly T[], w: EditWindow, ignore?: ReadonlySet<string>): T[] | null {
  const shift = { offset: w.offsetDelta, lines: w.lineDelta };
  const kept: T[] = [], leftMargin: T[] = [], rightMargin: T[] = [], moved: T[] = [];
  for (const item of old) {
    const s = item.span.start;
    if (s < w.interiorStart) {
      // An item reaching from before the slice into the edit cannot be kept as it was.
      if (item.span.end > w.interiorStart) return null;
      kept.push(item);
      if (s >= w.sliceStart) leftMargin.push(item);
    } else if (s >= w.oldInteriorEnd) {
      const m = copyShifted(item, shift);
      moved.push(m);
      if (s < w.oldSliceEnd) rightMargin.push(m);
    }
  }
  const fresh = slice.filter((x) => x.span.start >= w.interiorStart && x.span.start < w.interiorEnd);
  const sliceLeft = slice.filter((x) => x.span.start < w.interiorStart);
  const sliceRight = slice.filter((x) => x.span.start >= w.interiorEnd);
  if (!isSameValue(sliceLeft, leftMargin, ignore) || !isSameValue(sliceRight, rightMargin, ignore)) return null;
  return [...kept, ...fresh, ...moved];
}

/** Sets each claim's article index: the article whose span holds the claim's start. */
export function assignArticles(claims: Claim[], articles: readonly Article[]): Claim[] {
  let a = 0;
  return claims.map((c) => {
    while (a < articles.length - 1 && articles[a + 1].span.start <= c.span.start) a++;
    const inside = a < articles.length && articles[a].span.start <= c.span.start && c.span.start < articles[a].span.end;
    const article = inside ? a : -1;
    return article === c.article ? c : { ...c, article };
  });
}
