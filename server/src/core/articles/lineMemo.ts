// What the article rules compute from one content line alone, kept on the line itself: each
// is worked out once, and an edit carries the memo of every line it did not touch to the
// next version, so re-segmenting after an edit redoes no string work far from it.
import type { ContentLine } from "./contentLines";
import type { TermList } from "./lexicalCohesion";

export interface LineMemo {
  normalized?: string;
  speaker?: boolean;
  prose?: boolean;
  caption?: boolean;
  headline?: boolean;
  postTitle?: boolean;
  /** A headline long enough and specific enough to title a post (titleLines.ts). */
  titleLine?: boolean;
  /** readHeading's verdict on the line alone (null: not a heading). */
  heading?: { title: string; markdown: boolean } | null;
  /** Term list, valid only for the vocabulary object it was made with. */
  terms?: TermList;
  termsOf?: object;
}

/**
 * An empty memo. Every field is present from the start so all memos share one shape: rules
 * fill them in different orders, and objects that grow in different orders make every read
 * of a memo field a slow lookup.
 */
export function createMemo(): LineMemo {
  return { normalized: undefined, speaker: undefined, prose: undefined, caption: undefined, headline: undefined, postTitle: undefined,
    titleLine: undefined, heading: undefined, terms: undefined, termsOf: undefined };
}

/** The memoised value of `compute(line.text)` under `key`. */
export function remember<K extends keyof LineMemo>(line: ContentLine, key: K, compute: (text: string) => NonNullable<LineMemo[K]> | (LineMemo[K] & null)): NonNullable<LineMemo[K]> | (LineMemo[K] & null) {
  const memo = line.memo;
  let v = memo[key];
  if (v === undefined) memo[key] = v = compute(line.text) as LineMemo[K];
  return v as NonNullable<LineMemo[K]>;
}
