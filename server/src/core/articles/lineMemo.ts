// What the article rules compute from one content line alone, kept on the line itself: each
// is worked out once, and an edit carries the facts of every line it did not touch to the
// next version, so re-segmenting after an edit redoes no string work far from it.

/** A line's own facts. Yes/no facts are bits of one number: a line costs no memo object. */
export interface LineMemo {
  /** Two bits per LineFact: known, then its value (see rememberFact). */
  facts: number;
  normalized: string | undefined;
  /** readHeading's verdict on the line alone (null: not a heading). */
  heading: { title: string; markdown: boolean } | null | undefined;
}

/** Yes/no facts of a line alone; the number is the fact's place among the bits. */
export const IS_SPEAKER = 0, IS_PROSE = 1, IS_CAPTION = 2, IS_HEADLINE = 3, IS_POST_TITLE = 4;
/** A headline long enough and specific enough to title a post (titleLines.ts). */
export const IS_TITLE_LINE = 5;
// What the structural passes test on every line, remembered so that after an edit they read
// the line object alone, not the line's characters far away in the document text (each pass
// over cold text cost about as much as the rest of its work).
export const IS_HEADER_FIELD = 6, IS_FEED_FOOTER = 7, IS_RULE = 8, IS_EPISODE_LINE = 9, IS_ATX_TITLE = 10, IS_SETEXT_RULE = 11;
export const IS_BYLINE = 12, IS_SITE_CHROME = 13;
/** Could start one of the rare layouts (masthead, release line, file marker): rareLayoutLines.ts. */
export const IS_RARE_LAYOUT = 14;
// At most 15 facts: their bits must stay within a small integer (31 bits).

export interface MemoLine extends LineMemo { line: number; text: string }

/**
 * A content line with nothing worked out yet. Every field is present from the start, in one
 * order, so all lines share one shape: objects that grow in different orders make every read
 * of a field a slow lookup.
 */
export function createLine(line: number, text: string, facts = 0, normalized?: string, heading?: LineMemo["heading"]): MemoLine {
  return { line, text, facts, normalized, heading };
}

/** `compute(line.text)`, worked out on the first call for this line and fact only. */
export function rememberFact(line: MemoLine, fact: number, compute: (text: string) => boolean): boolean {
  const known = 1 << (2 * fact), yes = known << 1, facts = line.facts;
  if ((facts & known) !== 0) return (facts & yes) !== 0;
  const value = compute(line.text);
  line.facts = facts | known | (value ? yes : 0);
  return value;
}
