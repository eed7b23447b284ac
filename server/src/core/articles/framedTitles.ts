// Plain-text newsletters title each item with a short ALL-CAPS line set off by rule lines: a
// rule, the title, often a closing rule, then the item's hard-wrapped paragraphs (or the title
// underlined by a rule). Where such frames recur in a file, each framed title starts a post.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { countWords, isProseLine, isTitleLike, type ContentLine } from "./contentLines";
import { IS_RULE, rememberFact } from "./lineMemo";
import { isRuleLine } from "./separatorLines";
import { isHeadline, isStockHeading } from "./titleLines";
import { isBylineText, isDateLine } from "./bylines";

// A title, not a shouted sentence: at most MAX_TITLE characters and MAX_WORDS words, with at
// least MIN_CAPITALS capital letters and no lower-case letter at all.
const MAX_TITLE = 80;
const MAX_WORDS = 12;
const CAPITALS = /\p{Lu}[^\p{Lu}]*\p{Lu}[^\p{Lu}]*\p{Lu}/u;
const LOWER = /\p{Ll}/u;
// One framed heading in a file is a section inside its post (or the file's own banner); a
// layout that frames an item's title does so for every item, so two frames make the convention.
const MIN_FRAMES = 2;
// The item's text follows its title block within this many content lines (a byline, a
// "Source:" and a "Date:" line may come first); a frame followed by none is a banner.
const BODY_REACH = 4;
// Hard-wrapped paragraphs break lines mid-sentence, so a body line need not end a sentence:
// a line of MIN_BODY_CHARS and MIN_BODY_WORDS with lower-case letters reads as running text.
const MIN_BODY_CHARS = 40;
const MIN_BODY_WORDS = 6;

interface FramedTitle { at: number; bodyAt: number; rule: string }

/** A short ALL-CAPS line that may title an item: not a stock section name, date or table row. */
export function isCapsTitle(text: string): boolean {
  if (text.length > MAX_TITLE || !isTitleLike(text) || LOWER.test(text) || !CAPITALS.test(text)) return false;
  return countWords(text) <= MAX_WORDS && !/\t| {3,}/.test(text) && !isStockHeading(text) && !isDateLine(text);
}

function isRule(l: ContentLine | undefined): boolean {
  return l !== undefined && rememberFact(l, IS_RULE, isRuleLine);
}

function isBodyLine(l: ContentLine): boolean {
  if (isProseLine(l)) return true;
  const t = l.text;
  return t.length >= MIN_BODY_CHARS && LOWER.test(t) && countWords(t) >= MIN_BODY_WORDS && !isRule(l);
}

/** Whether running text follows from content line `from` before the next rule or caps title. */
function introducesBody(lines: ContentLine[], from: number): boolean {
  for (let i = from; i < Math.min(lines.length, from + BODY_REACH); i++) {
    if (isRule(lines[i]) || isCapsTitle(lines[i].text)) return false;
    if (isBodyLine(lines[i])) return true;
  }
  return false;
}

// A wire's "FOR IMMEDIATE RELEASE" over a headline is a kicker (separatorLines.ts): the
// headline after it titles the post, so the caps line is no title here. A headline stands
// alone (a blank line or a byline after it); the first line of a hard-wrapped paragraph runs
// on into the next document line. A "Source:" field after the title is the item's own head.
function isKickerAt(lines: ContentLine[], next: number): boolean {
  const l = lines[next];
  if (l === undefined || !LOWER.test(l.text) || !isHeadline(l.text) || /^[A-Za-z]{2,20}\s*:/.test(l.text) || isBylineText(l.text)) return false;
  const after = lines[next + 1];
  return after === undefined || after.line > l.line + 1 || isBylineText(after.text);
}

/**
 * Caps titles framed by rule lines: after a rule (a closing rule may follow the title) or
 * directly above one (underlined). Read from the rule lines alone, so an edit needs no state.
 */
function listFramedTitles(lines: ContentLine[], ruleLines: readonly number[]): FramedTitle[] {
  const out: FramedTitle[] = [];
  let last = -1;
  for (const r of ruleLines) {
    const rule = lines[r].text;
    // Underlined: the title sits on the document line right above the rule.
    const above = r - 1;
    if (above > last && above >= 0 && lines[above].line + 1 === lines[r].line && !isRule(lines[above]) && isCapsTitle(lines[above].text)
      && introducesBody(lines, r + 1) && !isKickerAt(lines, r + 1)) {
      out.push({ at: above, bodyAt: r + 1, rule });
      last = above;
    }
    // Framed: rule, title, and perhaps a closing rule.
    const at = r + 1;
    if (at >= lines.length || at <= last || !isCapsTitle(lines[at].text)) continue;
    const bodyAt = isRule(lines[at + 1]) ? at + 2 : at + 1;
    if (!introducesBody(lines, bodyAt) || isKickerAt(lines, bodyAt)) continue;
    out.push({ at, bodyAt, rule });
    last = at;
  }
  return out;
}

/** A start at each framed caps title, when the file frames MIN_FRAMES of them or more. */
export function findFramedTitleBoundaries(lines: ContentLine[], ruleLines: readonly number[]): Boundary[] {
  const framed = listFramedTitles(lines, ruleLines);
  if (framed.length < MIN_FRAMES) return [];
  return framed.map((f) => ({
    at: f.at, titleAt: f.at, bodyAt: f.bodyAt,
    evidence: `all-capitals title framed by rule lines (${quoteEvidence(lines[f.at].text)}, ${quoteEvidence(f.rule, 12)})`,
    layout: "titled", strength: 2,
  }));
}
