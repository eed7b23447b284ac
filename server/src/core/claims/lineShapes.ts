// Lines whose shape, not their words, says they state nothing: headings and titles, table rows
// the table finder missed, author name lists, and metadata field rows ("By … · 3 min read").
import { defineCue } from "./triggers";
import { holdsNumber, type SentenceFacts } from "./facts";

/** The last character of `text` is one of `chars` (what a `[…]$` class tests, without a regex). */
export function endsWithOneOf(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text[text.length - 1]);
}

// Headings: a whole line without sentence-final punctuation and without a figure
// ("Introduction and Context"), or a short verbless label line ending in a period.
export function isHeading(f: SentenceFacts): boolean {
  // A post's title line, as the article finder found it, however long or verb-like, and with a
  // figure too: a headline ("Acme raises $5 million …") announces what the body states and checks.
  if (f.titleLine) return true;
  if (holdsNumber(f)) return false;
  if (!f.lineStart) return false;
  // Long unpunctuated lines with a verb are sentences whose scraper lost the period.
  // split(/\s+/).length <= 14: at most 13 whitespace runs, counted without making the words.
  if (f.wholeLine && !endsWithOneOf(f.text, `.!?;:"”’)`)) return countWhitespaceRuns(f.text, 14) <= 13 || !VERBISH.test(f.text);
  // "Limited composability. Existing tools …": a run-in heading of a few words, no verb.
  return f.text.length <= 61 && RUN_IN_HEADING.test(f.text) && countSpaces(f.text) <= 5 && !VERBISH.test(f.text);
}
const WHITESPACE_RUN = /\s+/g;

/** Runs of whitespace in `text`, up to `most` (a split's piece count less one). */
function countWhitespaceRuns(text: string, most: number): number {
  let n = 0;
  WHITESPACE_RUN.lastIndex = 0;
  while (n < most && WHITESPACE_RUN.test(text)) n++;
  return n;
}

function countSpaces(text: string): number {
  let n = 0;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) n++;
  return n;
}
const RUN_IN_HEADING = /^[^.!?]{1,60}\.$/;
// Rough finite-verb test for short lines: an auxiliary, a modal, a negated auxiliary, a
// subject pronoun opening the line, a third-person verb form before a determiner, or one after a
// subject of one to three words at the start or after a comma ("Btrfs supports snapshots.",
// "Unlike NTFS, ext4 supports online defragmentation."; "-ss" words are nouns): short factual
// lines in digests and answers are sentences, not run-in headings.
const VERBISH = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may|might|must|\w+n['’]t|\w{3,}(?:es|ed)|[a-z]{3,}s (?:the|a|an|its|their|our|to|in|on|with|by|from))\b|^(?:it|we|they|he|she|you) \w|(?:^|, )(?:[\w-]+ ){1,3}[a-z]{2,}[^s\W]s [a-z]/i;

// Every numeric cell below holds a digit, a dash or N/A/OOM: without one there is no row.
const NUMBER_CELL_HINT = /[\d—-]|N\/A|OOM/;

// Table rows that the table finder missed: two or more numbers making up at least a third
// of the tokens, no final period ("Model size = 62.5 MB" has one number and stays a claim).
export function isNumberRow(text: string): boolean {
  if (endsWithOneOf(text, ".!?") || !NUMBER_CELL_HINT.test(text)) return false;
  const tokens = text.split(/\s+/);
  let numeric = 0;
  for (const t of tokens) if (/^[~<>≈]?[$€£]?\d[\d,.]*[%a-zA-Z]{0,3}$|^(?:N\/A|OOM|-|—)$/.test(t)) numeric++;
  return numeric >= 2 && numeric / tokens.length >= 0.3;
}

const PIPE_ROW = /^\|?[^|]*\|[^|]*\|/;
// Markdown pipe-table rows ("| Model | 12 ms |"): two or more cell separators, no sentence end.
export function isPipeRow(text: string): boolean {
  return !endsWithOneOf(text, ".!?") && text.includes("|") && PIPE_ROW.test(text);
}

// Name separators: every ",\s*" holds a comma and every "\s+and\s+" the whole word "and".
const NAME_SEPARATOR = defineCue(/,\s*|\s+and\s+/, "and", ",", 3);

// Author lists: mostly capitalised names separated by commas, no verb.
export function isNameList(f: SentenceFacts): boolean {
  // Four parts need three separators, each holding a comma or "and": count those first.
  if (f.cues[NAME_SEPARATOR.id] < NAME_SEPARATOR.least) return false;
  const text = f.text;
  // Four parts with 70% names hold three names of two capitalised words each: six capitals
  // opening a word. Counting them is cheaper than splitting sentences that have fewer.
  if (countWordCapitals(text, 6) < 6) return false;
  const parts = text.split(NAME_SEPARATOR.pattern);
  if (parts.length < 4) return false;
  const names = parts.filter((p) => /^(?:Dr\.? )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}$/.test(p.trim())).length;
  return names / parts.length >= 0.7;
}

// Each match ends on its capital, so the character before the next capital is never consumed.
const WORD_CAPITAL = /(?:^|[\0- ,\x80-\uffff])[A-Z]/g;

/** Capitals A-Z at the start of the text or after whitespace, a comma, a control character or
 * any non-ASCII character (a superset of name-word starts after splitting and trimming), up to
 * `most`. A global regex finds them several times faster than a loop over the characters. */
function countWordCapitals(text: string, most: number): number {
  let n = 0;
  WORD_CAPITAL.lastIndex = 0;
  while (n < most && WORD_CAPITAL.test(text)) n++;
  return n;
}

// Metadata rows: short fields joined by a middle dot, a bullet or a bar, as scraped or as an HTML
// entity ("By Ana Ruiz · 6 min read", "Podcast Name · Published May 2, 2024 · 38 min",
// "jdoe 3 hours ago | next"). Each field is at most FIELD_MOST characters (bylines, dates,
// durations, counts); a sentence is longer between its separators, and ends in a period.
const FIELD_SEPARATORS = / (?:[·•∙|]|&middot;|&bull;) /g;
const FIELD_MOST = 60;
// Header fields of mail, feeds and paper listings ("Date: Mon, 15 Jul 2024 …", "Re: …",
// "Comments: 9 pages"): the key says the line is metadata whatever its value holds.
const HEADER_FIELD = /^(?:date|from|to|cc|subject|sent|re|fwd?|posted|updated|published|pubdate|lastbuilddate|comments|tags|categories|journal-ref|message-id):\s/i;

export function isFieldRow(f: SentenceFacts): boolean {
  const text = f.text;
  if (!f.wholeLine || endsWithOneOf(text, ".!?")) return false;
  if (text.includes(": ") && HEADER_FIELD.test(text)) return true;
  let from = 0, fields = 1;
  FIELD_SEPARATORS.lastIndex = 0;
  for (let match = FIELD_SEPARATORS.exec(text); match; match = FIELD_SEPARATORS.exec(text)) {
    if (match.index - from > FIELD_MOST) return false;
    from = match.index + match[0].length;
    fields++;
  }
  return fields > 1 && text.length - from <= FIELD_MOST;
}
