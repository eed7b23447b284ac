// Feed exports: a post is closed by "The post TITLE appeared first on SITE." and/or a
// "Read More" line. The footer belongs to the post it closes; the next post starts on the next
// content line, and the footer names the title of the post it closes.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import type { ContentLine } from "./contentLines";
import { IS_FEED_FOOTER, IS_SITE_CHROME, rememberFact } from "./lineMemo";
import { isProseLine } from "./contentLines";
import type { ContentEdit } from "./segmentationState";

export interface FeedFooter {
  /** Content-line index of the footer line. */
  at: number;
  kind: "post-footer" | "read-more" | "site-chrome";
  /** For "The post X appeared first on Y": X, and its offset inside the line. */
  title?: string;
  titleOffset?: number;
}

// Footer lines are short; the length caps keep the regexes linear on a 10 MB line.
const POST_FOOTER = /^The post (.{2,400}?) appeared first on (.{1,200}?)\.?$/;
// Scrapers keep the link's brackets ("[Read More]", "(continue reading)"); WordPress names the
// post in it ("Continue reading Some Title →"), which the arrow at its end marks as a link.
// A feed flattened to text may keep the arrow as an HTML entity ("&#8594;", "&raquo;").
const READ_MORE = /^[[(]?\s*(?:read more|continue reading|read the full (?:post|story|article)|keep reading)(?:\s*(?:»|›|→|\.\.\.|…|&(?:raquo|rsaquo|rarr|hellip|#187|#8250|#8594|#8230|#x2192|#xbb);))?\s*[\])]?$/i;
const CONTINUE_NAMED = /^continue reading\s.{1,200}?\s(?:»|›|→|&(?:raquo|rsaquo|rarr|#187|#8250|#8594|#x2192|#xbb);)$/i;

// Blog and newsletter templates close a post with chrome: share and like blocks, "Filed
// under", "Leave a comment", "Posted on … by …" after the last paragraph, a comment count, an
// unsubscribe note. Anchored at the line start and capped in length, so the test is cheap; a
// chrome line is no sentence (prose may begin "Posted on the forum, …"), except the note that
// says why the reader got the email. "Related" is left out: related-post titles follow it.
// Medium prints "1.2K claps", "Written by NAME" and a "Follow" button after each post.
const SITE_CHROME = /^(?:share this(?: post| article| story| page)?:?$|\d[\d.,]{0,8}[km]? claps?$|written by\s.{1,80}$|follow$|like this:?$|like loading|share on [a-z]{2,20}:?$|click to share on\b|filed (?:under|in)\b|tagged(?: with)?:|posted (?:in|on|by)\b|leave a (?:comment|reply)\b|\d{1,5} (?:comments?|responses?|replies)$|unsubscribe(?:$|\s*[|·•]))/i;
const RECEIVING_NOTE = /^you (?:are |were )?receiv(?:ed|ing) this (?:e-?mail|newsletter)\b/i;
// A scraped page ends with its site footer: "© 2023 Site. All rights reserved.", and a row of
// links ("Privacy Policy | Terms of Use | Cookies"): three or more short parts between bars.
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}|[\p{Lu}])/iu;
const LINK_ROW = /^[^|·•]{1,30}(?:\s[|·•]\s[^|·•]{1,30}){2,8}$/;

/** A row of three to nine short links ("Home | About | Archive"): page chrome, not a post. */
export function isLinkRow(text: string): boolean {
  return LINK_ROW.test(text);
}

// The buttons of a share block, one word a line, continue the chrome line above them.
const SHARE_BUTTON = /^(?:twitter|x|facebook|linkedin|e-?mail|print|reddit|whatsapp|pinterest|tumblr|telegram|pocket|mastodon|threads|bluesky|more|like|loading\.*|share)$/i;
const MAX_CHROME = 200;

function isChromeLine(text: string): boolean {
  if (text.length > MAX_CHROME) return false;
  // "Like Loading..." ends in an ellipsis, not a sentence.
  const sentence = /[.!?]$/.test(text) && !text.endsWith("...");
  return RECEIVING_NOTE.test(text) || COPYRIGHT.test(text) || (!sentence && (SITE_CHROME.test(text) || isLinkRow(text)));
}

// "Posted on … by …" right under a title is the post's byline (bylines.ts), not chrome: chrome
// follows the post's prose, other chrome, or a read-more link.
function isChromeAt(lines: ContentLine[], at: number, out: FeedFooter[]): boolean {
  const l = lines[at];
  const prev = out[out.length - 1];
  if (prev && prev.at === at - 1 && l.text.length <= 20 && SHARE_BUTTON.test(l.text)) return true;
  if (!rememberFact(l, IS_SITE_CHROME, isChromeLine)) return false;
  return at > 0 && (isProseLine(lines[at - 1]) || prev?.at === at - 1);
}

export function findFeedFooters(lines: ContentLine[]): FeedFooter[] {
  return scanFooters(lines, 0, lines.length, []);
}

/**
 * The footers after an edit, from those before it (`previous`). A footer reads its own line,
 * the line before it, and whether that line is a footer too (a share button continues the run
 * above it): the lines the edit touched are scanned again, then the lines after them one at
 * a time until the line before agrees, footer or not, with the previous version.
 */
export function updateFeedFooters(previous: FeedFooter[], lines: ContentLine[], change: ContentEdit): FeedFooter[] {
  const { at, removed, added } = change;
  const shift = added - removed;
  const out: FeedFooter[] = [];
  let k = 0;
  while (k < previous.length && previous[k].at < at) out.push(previous[k++]);
  let next = Math.min(lines.length, at + added + 1);
  scanFooters(lines, at, next, out);
  // From here on lines are the previous version's, moved by `shift`.
  while (k < previous.length && previous[k].at + shift < next) k++;
  while (next < lines.length && isFooterAt(out, next - 1) !== (k > 0 && previous[k - 1].at + shift === next - 1)) {
    scanFooters(lines, next, ++next, out);
    while (k < previous.length && previous[k].at + shift < next) k++;
  }
  for (; k < previous.length; k++) out.push(shift ? { ...previous[k], at: previous[k].at + shift } : previous[k]);
  return out;
}

function isFooterAt(out: FeedFooter[], at: number): boolean {
  return out.length > 0 && out[out.length - 1].at === at;
}

/** Footers on lines [from, to), appended to `out` (which holds those before `from`). */
function scanFooters(lines: ContentLine[], from: number, to: number, out: FeedFooter[]): FeedFooter[] {
  for (let at = from; at < to; at++) {
    if (isChromeAt(lines, at, out)) { out.push({ at, kind: "site-chrome" }); continue; }
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
    // One chrome line between two paragraphs ("Posted in Sensors", "Tagged: …") is a category
    // line inside the post: a post's closing chrome is followed by the next post's title,
    // byline or date, which are no prose lines.
    const inline = last === i && footers[i].kind === "site-chrome" && next < lines.length && isProseLine(lines[next]);
    if (next < lines.length && !inline) {
      const seen = footers.slice(i, last + 1).map((f) => f.kind === "post-footer" ? `"The post … appeared first on …"` : quoteEvidence(lines[f.at].text));
      out.push({ at: next, evidence: `starts after a feed footer (${seen.join(", ")})`, layout: "feed", strength: 3 });
    }
    i = last;
  }
  return out;
}
