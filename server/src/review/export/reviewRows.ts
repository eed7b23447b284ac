// Joins a file's claims with its anchored tags into one row per claim (tagged or not), plus rows
// for tags on text the analysis does not flag and for orphaned tags: the input of every export.
import type { Analysis, Claim, Range, Span } from "../../core/model";
import type { AnchorMethod, AnchorResult } from "../anchoring";
import { readNote, readTag, type Annotation, type Tag } from "../reviewSchema";

export type ReviewStatus = Tag | "unreviewed";

export interface ReviewRow {
  status: ReviewStatus;
  note: string;
  text: string;
  /** Null for an orphan: its text is no longer in the file. */
  span: Span | null;
  range: Range | null;
  /** Claim kind, or null for a tag on a sentence the analysis does not flag (or an orphan). */
  kind: Claim["kind"] | null;
  /** Index into Analysis.articles, -1 when none. */
  article: number;
  annotation: Annotation | null;
  how: AnchorMethod | "orphan" | null;
}

export interface FileReview {
  /** The path as given by the user; exports print it as is. */
  file: string;
  /** The text the analysis and the anchoring were made from. */
  text: string;
  analysis: Analysis;
  tags: AnchorResult;
  /** Turns a span into a range (the text model of the same text). */
  rangeOf: (span: Span) => Range;
}

export function listReviewRows(review: FileReview): ReviewRow[] {
  const { analysis, tags } = review;
  const claims = analysis.claims;
  const byStart = claims.map((_, i) => i).sort((a, b) => claims[a].span.start - claims[b].span.start);
  const tagOfClaim = new Map<number, { index: number; overlap: number }>();
  const unmatched = new Set<number>(tags.anchored.map((_, i) => i));
  tags.anchored.forEach((t, i) => {
    const found = findMostOverlapping(claims, byStart, t.span);
    if (!found) return;
    const previous = tagOfClaim.get(found.claim);
    if (previous && previous.overlap >= found.overlap) return;
    if (previous) unmatched.add(previous.index);
    tagOfClaim.set(found.claim, { index: i, overlap: found.overlap });
    unmatched.delete(i);
  });
  const rows: ReviewRow[] = claims.map((claim, c) => {
    const match = tagOfClaim.get(c);
    const tagged = match ? tags.anchored[match.index] : undefined;
    return {
      status: tagged ? readTag(tagged.annotation) : "unreviewed",
      note: tagged ? readNote(tagged.annotation) : "",
      text: claim.text, span: claim.span, range: claim.range, kind: claim.kind, article: claim.article,
      annotation: tagged?.annotation ?? null, how: tagged?.how ?? null,
    };
  });
  for (const i of unmatched) {
    const { annotation, span, how } = tags.anchored[i];
    rows.push({
      status: readTag(annotation), note: readNote(annotation), text: annotation.target.selector[0].exact,
      span, range: review.rangeOf(span), kind: null, article: findArticle(analysis, span.start), annotation, how,
    });
  }
  rows.sort((a, b) => a.span!.start - b.span!.start || a.span!.end - b.span!.end);
  for (const annotation of tags.orphans) {
    rows.push({
      status: readTag(annotation), note: readNote(annotation), text: annotation.target.selector[0].exact,
      span: null, range: null, kind: null, article: -1, annotation, how: "orphan",
    });
  }
  return rows;
}

export function countStatuses(rows: readonly ReviewRow[]): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = { verified: 0, disputed: 0, "needs-source": 0, "not-a-claim": 0, unreviewed: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

/**
 * Claims are sentences and do not overlap, so in start order their ends rise too and a binary
 * search finds the first claim that can overlap `span`. `byStart` lists claim indexes by start.
 */
function findMostOverlapping(claims: readonly Claim[], byStart: readonly number[], span: Span): { claim: number; overlap: number } | null {
  let lo = 0, hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[byStart[mid]].span.end <= span.start) lo = mid + 1; else hi = mid;
  }
  let best: { claim: number; overlap: number } | null = null;
  for (let k = lo; k < byStart.length && claims[byStart[k]].span.start < span.end; k++) {
    const c = byStart[k];
    const overlap = Math.min(claims[c].span.end, span.end) - Math.max(claims[c].span.start, span.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { claim: c, overlap };
  }
  return best;
}

function findArticle(analysis: Analysis, offset: number): number {
  return analysis.articles.findIndex((a) => offset >= a.span.start && offset < a.span.end);
}
