// Feed exports: a post is closed by "The post TITLE appeared first on SITE." and/or a
// "Read More" line. The footer belongs to the post it closes; the next post starts on the next
// content line, and the footer names the title of the post it closes.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import type { ContentLine } from "./contentLines";
import { IS_FEED_FOOTER, rememberFact } from "./lineMemo";

export interface FeedFooter {
  /** Content-line index of the footer line. */
  at: number;
  kind: "post-footer" | "read-more";
  /** For "The post X appeared first on Y": X, and its offset inside the line. */
  title?: string;
  titleOffset?: number;
}

// Footer lines are short; the length caps keep the regexes linear on a 10 MB line.
const POST_FOOTER = /^The post (.{2,400}?) appeared first on (.{1,200}?)\.?$/;
// Scrapers keep the link's brackets ("[Read More]", "(continue reading)"); WordPress names the
// post in it ("Continue reading Some Title →"), which the arrow at its end marks as a link.
const READ_MORE = /^[[(]?\s*(?:read more|continue reading|read the full (?:post|story|article)|keep reading)(?:\s*(?:»|›|→|\.\.\.|…))?\s*[\])]?$/i;
const CONTINUE_NAMED = /^continue reading\s.{1,200}?\s(?:»|›|→)$/i;

export function findFeedFooters(lines: ContentLine[]): FeedFooter[] {
  const out: FeedFooter[] = [];
  for (let at = 0; at < lines.length; at++) {
    if (!rememberFact(lines[at], IS_FEED_FOOTER, isFooterLine)) continue;
    const text = lines[at].text;
    // Every READ_MORE phrase starts with c, k, r or a bracket: most lines are rejected by their first letter.
    if (mayReadMore(text.charCodeAt(0)) && (READ_MORE.test(text) || CONTINUE_NAMED.test(text))) { out.push({ at, kind: "read-more" }); continue; }
    const m = text.charCodeAt(0) === 84 && text.startsWith("The post ") ? POST_FOOTER.exec(text) : null;
    if (m) out.push({ at, kind: "post-footer", title: m[1], titleOffset: "The post ".length });
  }
  return out;
}

function isFooterLine(text: string): boolean {
  if (text.length > 700) return false;
  return (mayReadMore(text.charCodeAt(0)) && (READ_MORE.test(text) || CONTINUE_NAMED.test(text))) || (text.charCodeAt(0) === 84 && text.startsWith("The post ") && POST_FOOTER.test(text));
}

function mayReadMore(c: number): boolean {
  return c === 99 || c === 67 || c === 107 || c === 75 || c === 114 || c === 82 || c === 91 || c === 40;
}

/** One boundary after each run of footer lines (a post footer and its "Read More"). */
export function findFeedBoundaries(lines: ContentLine[], footers: FeedFooter[]): Boundary[] {
  const out: Boundary[] = [];
  for (let i = 0; i < footers.length; i++) {
    // Footers on consecutive content lines close the same post.
    let last = i;
    while (last + 1 < footers.length && footers[last + 1].at === footers[last].at + 1) last++;
    const next = footers[last].at + 1;
    if (next < lines.length) {
      const seen = footers.slice(i, last + 1).map((f) => f.kind === "read-more" ? quoteEvidence(lines[f.at].text) : `"The post … appeared first on …"`);
      out.push({ at: next, evidence: `starts after a feed footer (${seen.join(", ")})`, layout: "feed", strength: 3 });
    }
    i = last;
  }
  return out;
}
