// Small span predicates shared by the handlers.
import type { Span } from "../core/model";

export const contains = (span: Span, offset: number): boolean => offset >= span.start && offset < span.end;
export const containsInclusive = (span: Span, offset: number): boolean => offset >= span.start && offset <= span.end;
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The innermost item whose span holds the offset (spans are assumed not to cross). */
export function findAt<T extends { span: Span }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0, hi = items.length - 1, found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid];
    if (offset < it.span.start) hi = mid - 1;
    else if (offset >= it.span.end) lo = mid + 1;
    else { found = it; break; }
  }
  if (found) return found;
  // Fallback for end-inclusive hits (cursor just after the last character of a figure).
  return items.find((it) => containsInclusive(it.span, offset));
}
