// Tags that follow the text across copies: a claim in one copy of an article shows the tag a
// reviewer put on the same sentence in another copy (matched by its normalised quote).
import type { Place } from "../core/corpus";
import type { Claim } from "../core/model";
import type { ReviewTag } from "./diagnosticRules";
import type { ReviewView } from "./reviewView";

export interface CopyTag { tag: ReviewTag; note?: string; uri: string; line: number }

export interface CopySource {
  duplicatesOf(articleIndex: number): Place[];
  /** The text and review view of another file, or null when it is not indexed. */
  reviewOfCopy(uri: string): { text: string; view: ReviewView } | null;
}

export function findCopyTags(claim: Claim, source: CopySource): CopyTag[] {
  if (claim.article < 0) return [];
  const places = source.duplicatesOf(claim.article);
  // Most articles have no copy: the quote is only normalised when there is one to compare with.
  if (!places.length) return [];
  const wanted = normalizeQuote(claim.text);
  const out: CopyTag[] = [];
  const seenFiles = new Set<string>();
  for (const place of places) {
    if (seenFiles.has(place.file)) continue;
    seenFiles.add(place.file);
    const copy = source.reviewOfCopy(place.file);
    if (!copy) continue;
    for (const t of copy.view.tags) {
      if (normalizeQuote(copy.text.slice(t.span.start, t.span.end)) !== wanted) continue;
      out.push({ tag: t.tag, note: t.note, uri: place.file, line: lineOf(copy.text, t.span.start) });
    }
  }
  return out;
}

/** Whitespace, quote styles and bullet markers differ between copies of one post. */
export function normalizeQuote(text: string): string {
  return text.replace(/^[-*•]\s+/, "").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
