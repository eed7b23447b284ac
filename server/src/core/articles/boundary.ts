// A boundary is where one rule says an article starts, with the evidence shown to the reviewer.
// Rules produce boundaries; index.ts merges them and turns them into Articles.

export interface Boundary {
  /** Index into the content lines of the article's first line. */
  at: number;
  /** Index into the content lines of the title line, when the rule knows it. */
  titleAt?: number;
  /** A title the rule knows without a title line (from a header value or a feed footer). */
  title?: string;
  /** Where that title sits inside the trimmed text of line `titleAt`, when it is only part of it. */
  titlePart?: { start: number; end: number };
  /** Index of the first body line when the rule knows where a header or title block ends. */
  bodyAt?: number;
  evidence: string;
  layout: "feed" | "header" | "titled" | "cohesion" | "file-start";
  /** Higher wins when two rules put a boundary on the same line. */
  strength: number;
}

/** Quote a piece of text for an evidence string, shortened so a hover stays readable. */
export function quoteEvidence(text: string, max = 40): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t}"`;
}
