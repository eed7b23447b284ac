// Titles that carry a byline or dateline: "Title" over "By Jane Okafor | March 3, 2023",
// "Posted on … by …", "Name · 5 min read · Mar 3", "312 points by kim 6 hours ago | 57
// comments", or a date line just above the title. A headline with such a line beside it and
// prose after it is the head of a post, wherever it stands in the file.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isProseLine, type ContentLine } from "./contentLines";
import { IS_BYLINE, IS_HEADLINE, IS_TITLE_LINE, rememberFact } from "./lineMemo";
import { isHeadline, isTitleLine } from "./titleLines";

// Bylines and date lines are short: longer lines are passed over on their length alone, and
// the cap keeps every regex below cheap.
const MAX_BYLINE = 160;

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY = "(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\\.?,?\\s+)?";
export const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
// A date alone on its line, perhaps with a weekday and a time: "Friday, March 3, 2023 · 9:00 AM".
// Changelogs and blogs may add the entry's kind after a separator: "2024-06-28 · Changelog",
// "March 3, 2024 | Engineering notes" (one to three words, so no sentence follows the date).
const DATE_LINE = new RegExp(`^${DAY}${DATE}(?:\\s*(?:[|·•,–—-]|at)?\\s*\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?)?(?:\\s+[|·•–—]\\s+\\p{Lu}[\\p{L}&'-]{0,20}(?:\\s[\\p{L}&'-]{1,20}){0,2})?$`, "u");
// "By Jane Okafor", "by J. Okafor and T. Lind | 3 March 2023": capitalised name words, then
// the end of the line or a separator before a date or site.
const BY_NAME = /^(?:[Bb]y|Written by|Words by|Posted by|Story by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|da|di|la|le))*\s*(?:$|[|·•,–—-]\s*\S)/u;
// "Posted on March 3, 2023 by …", "Published: 3 March 2023", "Updated Mar 3": a date follows.
const POSTED = new RegExp(`^(?:Posted|Published|Updated|Written)(?:\\s+(?:on|at))?:?\\s+${DAY}${DATE}`);
// Link aggregators: "312 points by kim 6 hours ago | 57 comments".
const POINTS = /^\d{1,6}\s+points?\s+by\s+\S{1,40}\s+\d{1,3}\s+(?:minutes?|hours?|days?|months?|years?)\s+ago\b/;
// Reading-time lines: "Jane Okafor · 5 min read · Mar 3, 2023".
const READ_TIME = /\b\d{1,3}\s*(?:min|minute)s?\s+read\b/;
// Show and forum pages print a row of fields under each title: "Show Name · Published March 3,
// 2024 · 41 min", "Started by kestrel_ops · Feb 9, 2024 · 1,482 views". One field of the row
// says who started the post or when it appeared; forum handles are lower-case, so any name
// word counts after "by" here (the verb before it is the evidence).
const ROW_SEPARATOR = /\s[|·•]\s/;
const STARTED_BY = /^(?:Started|Asked|Submitted|Opened|Posted)\s+by\s+[\p{L}\p{N}_.@-]{2,40}$/u;
// A comment thread prints each comment's head ("kim 5 hours ago | parent | next") before its
// text: a link post's title and points line may be followed by a comment head, then prose.
const COMMENT_HEAD = /^[\p{L}\p{N}_.-]{2,40}\s+\d{1,3}\s+(?:minutes?|hours?|days?|months?|years?)\s+ago\b/u;

export function isDateLine(text: string): boolean {
  return text.length <= 60 && DATE_LINE.test(text);
}

/** A byline or dateline: who wrote the post, when, and how it was received. */
export function isBylineText(text: string): boolean {
  if (text.length > MAX_BYLINE) return false;
  const c = text.charCodeAt(0);
  // Every pattern starts with a letter or a digit; prose quotes and bullets are skipped here.
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  return BY_NAME.test(text) || POSTED.test(text) || POINTS.test(text) || READ_TIME.test(text) || isDateLine(text) || isFieldRow(text);
}

/** A row of two to six fields, one of them "Published DATE" or "Started by NAME". */
function isFieldRow(text: string): boolean {
  // Most lines hold none of the separators: a native search for each is far cheaper than the
  // regex, which stops at every space.
  if (!text.includes("|") && !text.includes("·") && !text.includes("•")) return false;
  if (!ROW_SEPARATOR.test(text)) return false;
  const fields = text.split(ROW_SEPARATOR);
  return fields.length <= 6 && fields.some((f) => POSTED.test(f) || STARTED_BY.test(f));
}

/** The body's first line after the title at `titleAt` and the byline at `i`: the byline block
 * (byline, date, reading time, a comment head) takes a line or two, then prose; -1 if none. */
function findBody(lines: ContentLine[], i: number, titleAt: number): number {
  let body = Math.max(i, titleAt) + 1;
  while (body < lines.length && body - titleAt <= 3 && (isByline(lines[body]) || isCommentHead(lines[body].text))) body++;
  return body < lines.length && isProseLine(lines[body]) ? body : -1;
}

function isCommentHead(text: string): boolean {
  return text.length <= MAX_BYLINE && COMMENT_HEAD.test(text);
}

function isByline(line: ContentLine): boolean {
  return rememberFact(line, IS_BYLINE, isBylineText);
}

function isTitle(line: ContentLine): boolean {
  return !isByline(line) && rememberFact(line, IS_HEADLINE, isHeadline);
}

// A date alone says less than a byline (a changelog heading may sit over one), so the title
// over or under it must read as a post title: three words or more, not a stock section name.
function isTitleNearDate(line: ContentLine): boolean {
  return isTitle(line) && rememberFact(line, IS_TITLE_LINE, isTitleLine);
}

/**
 * A boundary at each headline with a byline under it (or a date line above it) and prose
 * after the byline block: the post starts at the date line when there is one, else the title.
 */
export function findBylineBoundaries(lines: ContentLine[]): Boundary[] {
  const out: Boundary[] = [];
  let last = -1;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isByline(lines[i])) continue;
    const dated = isDateLine(lines[i].text);
    // A date line may sit under its title or over it (changelogs): the title over it is tried
    // first, the one under it when the lines after the first give no body.
    let titleAt = i > 0 && (dated ? isTitleNearDate(lines[i - 1]) : isTitle(lines[i - 1])) ? i - 1 : -1;
    let body = titleAt >= 0 ? findBody(lines, i, titleAt) : -1;
    if (body < 0 && dated && isTitleNearDate(lines[i + 1])) { titleAt = i + 1; body = findBody(lines, i, titleAt); }
    if (body < 0 || titleAt <= last) continue;
    const at = titleAt > 0 && titleAt - 1 !== i && isDateLine(lines[titleAt - 1].text) ? titleAt - 1 : Math.min(i, titleAt);
    last = titleAt;
    out.push({ at, titleAt, bodyAt: body, evidence: `title with a byline (${quoteEvidence(lines[i].text)})`, layout: "titled", strength: 2 });
  }
  return out;
}
