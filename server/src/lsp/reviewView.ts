// What the handlers need to know of a document's review tags: each tag anchored to a span of
// the current text, the orphans whose text is gone, and a review-file error if any.
import type { Span } from "../core/model";
import type { ReviewTag } from "./diagnosticRules";

export interface AnchoredTag { id: string; span: Span; tag: ReviewTag; note?: string }
export interface OrphanTag { id: string; exact: string; tag: ReviewTag; note?: string }
export interface ReviewView { tags: AnchoredTag[]; orphans: OrphanTag[]; error: string | null; path: string | null }

export const EMPTY_REVIEW: ReviewView = { tags: [], orphans: [], error: null, path: null };

const sortedTags = new WeakMap<ReviewView, AnchoredTag[]>();

/** The tag of a claim: the tag whose anchored span overlaps the claim's sentence most.
 * Tags are sorted once per view and searched by binary search, so marking every claim of a
 * large file stays linear-logarithmic however many tags it has. */
export function tagOfClaim(view: ReviewView, claimSpan: Span): AnchoredTag | undefined {
  if (!view.tags.length) return undefined;
  let tags = sortedTags.get(view);
  if (!tags) sortedTags.set(view, (tags = [...view.tags].sort((a, b) => a.span.start - b.span.start)));
  // Last tag that starts before the claim ends; overlapping tags lie at or before it.
  let lo = 0, hi = tags.length - 1, last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tags[mid].span.start < claimSpan.end) { last = mid; lo = mid + 1; } else hi = mid - 1;
  }
  let best: AnchoredTag | undefined, bestOverlap = 0;
  // Tags rarely overlap each other, so a few steps back reach every candidate.
  for (let i = last; i >= 0 && i > last - 16; i--) {
    const t = tags[i];
    const overlap = Math.min(t.span.end, claimSpan.end) - Math.max(t.span.start, claimSpan.start);
    if (overlap > bestOverlap) { best = t; bestOverlap = overlap; }
  }
  return best;
}
