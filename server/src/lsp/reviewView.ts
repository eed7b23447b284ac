// What the handlers need to know of a document's review tags: each tag anchored to a span of
// the current text, the orphans whose text is gone, and a review-file error if any.
import type { Span } from "../core/model";
import type { ReviewTag } from "./diagnosticRules";

export interface AnchoredTag { id: string; span: Span; tag: ReviewTag; note?: string }
export interface OrphanTag { id: string; exact: string; tag: ReviewTag; note?: string }
export interface ReviewView { tags: AnchoredTag[]; orphans: OrphanTag[]; error: string | null; path: string | null }

export const EMPTY_REVIEW: ReviewView = { tags: [], orphans: [], error: null, path: null };

/** The tag of a claim: the tag whose anchored span overlaps the claim's sentence most. */
export function tagOfClaim(view: ReviewView, claimSpan: Span): AnchoredTag | undefined {
  let best: AnchoredTag | undefined, bestOverlap = 0;
  for (const t of view.tags) {
    const overlap = Math.min(t.span.end, claimSpan.end) - Math.max(t.span.start, claimSpan.start);
    if (overlap > bestOverlap) { best = t; bestOverlap = overlap; }
  }
  return best;
}
