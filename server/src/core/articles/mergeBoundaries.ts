// Several rules may see the same start (a feed footer before a repeated title) or starts a
// line or two apart (a header, then the title it names). They become one boundary whose
// evidence lists every reason.
import type { Boundary } from "./boundary";
import { countWords, isCaptionLine, isProseLine, opensWrappedParagraph, type ContentLine } from "./contentLines";
import { isLinkRow } from "./feedExport";
import { isMastheadLine } from "./newsletterMasthead";
import { isRuleLine } from "./separatorLines";
import { IS_RULE, rememberFact } from "./lineMemo";

// A second start this close after the first, with no prose between, is the same post's
// title block (caption, title, repeated title), not a new post.
const SAME_BLOCK_REACH = 2;

export function mergeBoundaries(all: Boundary[], lines: ContentLine[]): Boundary[] {
  const sorted = all.map((b) => skipRuleLines(b, lines)).sort((a, b) => a.at - b.at || b.strength - a.strength);
  const out: Boundary[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last && (b.at === last.at || isSameBlock(last, b, lines))) absorb(last, b);
    else out.push({ ...b });
  }
  return out;
}

/**
 * A start on a rule line ("* * *" after a feed footer) moves to the line after the rule: the
 * rule closes the post before (separatorLines.ts) and the post starts on its first content.
 * A start that knows its title or body (front matter opens with "---") stays, as does the
 * file's start (what precedes the first post is still its head).
 */
function skipRuleLines(b: Boundary, lines: ContentLine[]): Boundary {
  let at = b.at;
  if (b.titleAt !== undefined || b.bodyAt !== undefined || b.layout === "file-start") return b;
  while (at + 1 < lines.length && rememberFact(lines[at], IS_RULE, isRuleLine)) at++;
  return at === b.at ? b : { ...b, at };
}

function isSameBlock(first: Boundary, next: Boundary, lines: ContentLine[]): boolean {
  const from = first.bodyAt ?? first.at;
  if (next.at - from > SAME_BLOCK_REACH) return false;
  for (let i = from; i < next.at; i++) if (isBodyLine(lines[i], lines[i + 1])) return false;
  return true;
}

// A whole sentence of this many words is body text: title-block lines that end in a period
// are bylines, dates and kickers ("By Ana Ruiz.", "Posted 3 May 2025."), shorter than that.
const MIN_SENTENCE_WORDS = 6;

/**
 * A line of body text, so a start after it is a new post, not more of the title block: prose,
 * a whole sentence too short for prose (a one-line item of a digest), or the first line of a
 * hard-wrapped paragraph (wrap width, its sentence going on in lower case below).
 */
function isBodyLine(line: ContentLine, next: ContentLine | undefined): boolean {
  if (isProseLine(line)) return true;
  if (isCaptionLine(line)) return false;
  if (opensWrappedParagraph(line, next)) return true;
  return /[.!?]["”’)]?$/.test(line.text) && countWords(line.text) >= MIN_SENTENCE_WORDS;
}

function absorb(into: Boundary, b: Boundary): void {
  if (!into.evidence.includes(b.evidence)) into.evidence += `; ${b.evidence}`;
  if (into.titleAt === undefined && b.titleAt !== undefined) {
    into.titleAt = b.titleAt;
    into.title = b.title;
    into.titlePart = b.titlePart;
  }
  if (b.bodyAt !== undefined) into.bodyAt = Math.max(into.bodyAt ?? 0, b.bodyAt);
  if (b.strength > into.strength) { into.strength = b.strength; into.layout = b.layout; }
}

// Page chrome of a scraped site: "Skip to content", a menu row ("Home | Blog | About"), "Search".
const NAV_WORDS = /^(?:skip to (?:main )?content|menu|search|toggle navigation|main menu|navigation|log ?in|sign ?in|subscribe)$/i;

export function isNavChrome(text: string): boolean {
  return text.length <= 120 && (NAV_WORDS.test(text) || isLinkRow(text));
}

/**
 * Drops a start whose piece, up to the next start (one with a title), is page chrome only: no
 * prose and a navigation or masthead line. Its lines are no post: at the head of the file they belong to
 * no article, further on they close the article before (as its footer chrome does).
 */
export function dropChromeStarts(merged: Boundary[], lines: ContentLine[]): Boundary[] {
  return merged.filter((b, k) => {
    const next = merged[k + 1];
    if (!next || next.titleAt === undefined || b.titleAt !== undefined || b.title !== undefined || next.at - b.at > CHROME_REACH) return true;
    // One line heading the file ("New submissions for Thu, 11 Jul", "Acme — Changelog") before
    // a titled post names the listing, not a post: it is no sentence and has no text of its own.
    if (b.layout === "file-start" && next.at - b.at === 1 && isFileHeading(lines[b.at].text)) return false;
    let nav = false;
    for (let i = b.at; i < next.at; i++) {
      if (isProseLine(lines[i])) return true;
      // A newsletter masthead without a greeting ("Issue #48 · …", "View this email in your
      // browser") is the issue's chrome, not a post of its own.
      nav ||= isNavChrome(lines[i].text) || isMastheadLine(lines[i].text);
    }
    return !nav;
  });
}

// A file heading is title-length and does not end a sentence.
const MAX_FILE_HEADING = 120;

function isFileHeading(text: string): boolean {
  return text.length <= MAX_FILE_HEADING && !/[.!?]$/.test(text);
}

// A page head holds a few lines of chrome; a longer run without prose is something else.
const CHROME_REACH = 8;
