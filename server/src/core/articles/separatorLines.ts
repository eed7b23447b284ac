// Posts divided by a rule line ("* * *", "***", "-----", "___", "~~~"): a rule followed by a
// title line and prose starts a new post there. The rule itself closes the post before it.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isProseLine, runsOn, type ContentLine } from "./contentLines";
import { compareAround, type TermIndex } from "./lexicalCohesion";
import { startsByContinuing } from "./topicCues";
import { IS_RULE, rememberFact } from "./lineMemo";
import { isHeadline, isStockHeading } from "./titleLines";
import { STOP_WORDS } from "./stopWords";

function describeRule(text: string): string {
  return text === "\f" ? "form feed" : quoteEvidence(text);
}

// Three or more of one rule character, spaces allowed between them; capped so the test stays
// cheap on a long line. "---" directly after header fields is front matter (metadataHeader.ts).
// Press-release wires end each release with "###" (or "# # #").
const RULE_LINE = /^([-*_~=•·#])(?:\s{0,3}\1){2,80}$/;
const HEADER_LIKE = /^[A-Za-z]{2,20}\s*:\s*\S/;
// Link dumps print each post's address alone on a line between posts: it divides them as a
// rule does. Capped at 2,000 characters (no real address is longer) to stay cheap.
const URL_LINE = /^https?:\/\/[^\s]{1,2000}$/;

export function isRuleLine(text: string): boolean {
  // A form feed alone on its line (contentLines.ts) is a page break between printed posts.
  if (text === "\f") return true;
  if (text.charCodeAt(0) === 104 && text.startsWith("http")) return text.length <= 2010 && URL_LINE.test(text);
  return text.length <= 330 && "-*_~=•·#".includes(text[0]) && RULE_LINE.test(text);
}

// A wire puts a short all-capitals kicker ("FOR IMMEDIATE RELEASE", "PRESS RELEASE") between
// the rule and the headline: up to KICKER_MAX characters, letters and spaces only.
const KICKER_MAX = 40;
const KICKER = /^[\p{Lu}][\p{Lu}\s:'’-]{2,39}$/u;

function isKicker(text: string): boolean {
  return text.length <= KICKER_MAX && KICKER.test(text);
}

/** Rule lines among content lines [from, to): a fact of each line alone (reach 0, ruleSplice.ts). */
export function listRuleLines(lines: ContentLine[], from = 0, to = lines.length): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (rememberFact(lines[i], IS_RULE, isRuleLine)) out.push(i);
  return out;
}

/**
 * A boundary on the title after each rule line. Without a title after it a rule is a scene
 * or section break inside one post (markdown "---"), so only rule + headline + prose counts,
 * and not a stock section name (titleLines.ts) or a heading about what the lines just before
 * the rule talked about.
 */
export function findSeparatorBoundaries(lines: ContentLine[], ruleLines = listRuleLines(lines)): Boundary[] {
  const out: Boundary[] = [];
  for (const i of ruleLines) {
    if (i < 1 || i + 2 >= lines.length) continue;
    const t = lines[i].text;
    if (HEADER_LIKE.test(lines[i - 1].text)) continue;
    // An all-capitals title is a kicker only when a headline follows it.
    const kicker = i + 3 < lines.length && isKicker(lines[i + 1].text) && isHeadline(lines[i + 2].text) ? 1 : 0;
    const bold = readBoldTitle(lines[i + 1 + kicker].text);
    const title = bold ? bold.text : lines[i + 1 + kicker].text;
    // A running page header after a page break sets its parts apart by runs of spaces; a title does not.
    if (!isHeadline(title) || isStockHeading(title) || /\t| {3,}/.test(title) || !isProseLine(lines[i + 2 + kicker])) continue;
    if (runsOn(lines[i + 1 + kicker], lines[i + 2 + kicker])) continue;
    if (measureRecurrence(title, lines.slice(Math.max(0, i - LOOKBACK), i)) > MAX_RECUR) continue;
    const b: Boundary = { at: i + 1, titleAt: i + 1 + kicker, evidence: `title after a rule line (${describeRule(t)})`, layout: "titled", strength: 2 };
    if (bold) b.titlePart = bold.part;
    out.push(b);
  }
  return out;
}

// A heading after a scene break continues the post: it reuses the words of the paragraphs
// just before. A rule already says "something ends here", so the bar is stricter than for a
// bare title line (titleLines.ts allows a third): one shared word in a three-word heading
// keeps it in the post. Words are compared by their first PREFIX letters (plurals, verb forms).
const LOOKBACK = 6;
const MAX_RECUR = 0.25;
const PREFIX = 5;

function measureRecurrence(title: string, before: ContentLine[]): number {
  const own = new Set(listKeys(title));
  if (!own.size) return 0;
  const seen = new Set<string>();
  for (const l of before) for (const k of listKeys(l.text.slice(0, 2000))) if (own.has(k)) seen.add(k);
  return seen.size / own.size;
}

function listKeys(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w)).map((w) => w.slice(0, PREFIX));
}

// Markdown without "#" headings titles a post with a bold line: "**Title**" or "__Title__".
const BOLD_LINE = /^(\*\*|__)([^*_].{0,200}?)\1$/;

/** The text inside a line that is bold as a whole, and where it sits in the line. */
export function readBoldTitle(text: string): { text: string; part: { start: number; end: number } } | undefined {
  const c = text.charCodeAt(0);
  if ((c !== 42 && c !== 95) || text.length > 210) return undefined;
  const m = BOLD_LINE.exec(text);
  return m ? { text: m[2], part: { start: 2, end: 2 + m[2].length } } : undefined;
}

// A rule followed by prose with no title: a new untitled post when the vocabulary across the
// rule falls below MAX_ACROSS of the similarity within the text on either side of it (or of
// the file's mean, when both sides are too short to compare), a scene break when it does not.
// On invented posts, rules between posts sit at 0–0.3 of it, scene breaks at 0.8 and above.
const MAX_ACROSS = 0.5;
// Where most of a file's rules already divide posts (a title or a footer's start at them, and
// at least MIN_CONVENTION of them), the file divides posts with rules: a rule before untitled
// prose is a divider unless the vocabulary keeps up across it as a scene break's does (0.8
// and above), so the bar rises to MAX_ACROSS_CONVENTION. Short posts share chance words
// ("month", "time") that keep the plain bar out of reach.
const MAX_ACROSS_CONVENTION = 0.75;
const MIN_CONVENTION = 2;

/**
 * Starts after rule lines followed by untitled prose. `starts` are the starts other rules
 * found (sorted); `mean` the file's mean gap similarity; `ruleLines` listRuleLines, when known.
 */
export function findRuleBreakBoundaries(lines: ContentLine[], starts: number[], index: TermIndex, mean: number, ruleLines = listRuleLines(lines)): Boundary[] {
  const out: Boundary[] = [];
  const bar = countDividingRules(ruleLines, starts) >= Math.max(MIN_CONVENTION, ruleLines.length / 2) ? MAX_ACROSS_CONVENTION : MAX_ACROSS;
  let k = 0;
  for (const i of ruleLines) {
    if (i < 1 || i + 1 >= lines.length) continue;
    while (k < starts.length && starts[k] <= i) k++;
    const next = lines[i + 1], prev = lines[i - 1];
    if (starts[k] === i + 1 || !isProseLine(next) || !isProseLine(prev) || !/[.!?"”’)]$/.test(prev.text)) continue;
    if (!/^[\p{Lu}\p{N}"“‘]/u.test(next.text) || startsByContinuing(next.text)) continue;
    const floor = starts[k - 1] ?? 0, ceiling = starts[k] ?? lines.length;
    const across = compareAround(index, i - 1, i + 1, floor, ceiling);
    // Within each side: its last (first) paragraph against the ones before (after) it.
    const before = i - 2 >= floor ? compareAround(index, i - 2, i - 1, floor, i) : 0;
    const after = i + 2 < ceiling ? compareAround(index, i + 1, i + 2, i + 1, ceiling) : 0;
    if (across >= bar * Math.max(before, after, mean)) continue;
    out.push({ at: i + 1, evidence: `rule line, then the topic changes (${describeRule(lines[i].text)})`, layout: "cohesion", strength: 1 });
  }
  return out;
}

/** Rules that another rule already found a start at or just after (both lists sorted). */
function countDividingRules(ruleLines: number[], starts: number[]): number {
  let n = 0, k = 0;
  for (const i of ruleLines) {
    while (k < starts.length && starts[k] < i) k++;
    if (starts[k] === i || starts[k] === i + 1) n++;
  }
  return n;
}
