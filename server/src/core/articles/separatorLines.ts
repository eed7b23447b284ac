// Posts divided by a rule line ("* * *", "***", "-----", "___", "~~~"): a rule followed by a
// title line and prose starts a new post there. The rule itself closes the post before it.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isProseLine, type ContentLine } from "./contentLines";
import { IS_RULE, rememberFact } from "./lineMemo";
import { isHeadline, isStockHeading } from "./titleLines";
import { STOP_WORDS } from "./stopWords";

// Three or more of one rule character, spaces allowed between them; capped so the test stays
// cheap on a long line. "---" directly after header fields is front matter (metadataHeader.ts).
const RULE_LINE = /^([-*_~=•·])(?:\s{0,3}\1){2,80}$/;
const HEADER_LIKE = /^[A-Za-z]{2,20}\s*:\s*\S/;

export function isRuleLine(text: string): boolean {
  return text.length <= 330 && "-*_~=•·".includes(text[0]) && RULE_LINE.test(text);
}

/**
 * A boundary on the title after each rule line. Without a title after it a rule is a scene
 * or section break inside one post (markdown "---"), so only rule + headline + prose counts,
 * and not a stock section name (titleLines.ts) or a heading about what the lines just before
 * the rule talked about.
 */
export function findSeparatorBoundaries(lines: ContentLine[]): Boundary[] {
  const out: Boundary[] = [];
  for (let i = 1; i + 2 < lines.length; i++) {
    if (!rememberFact(lines[i], IS_RULE, isRuleLine)) continue;
    const t = lines[i].text;
    if (HEADER_LIKE.test(lines[i - 1].text)) continue;
    const title = lines[i + 1].text;
    if (!isHeadline(title) || isStockHeading(title) || !isProseLine(lines[i + 2])) continue;
    if (measureRecurrence(title, lines.slice(Math.max(0, i - LOOKBACK), i)) > MAX_RECUR) continue;
    out.push({ at: i + 1, titleAt: i + 1, evidence: `title after a rule line (${quoteEvidence(t)})`, layout: "titled", strength: 2 });
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
