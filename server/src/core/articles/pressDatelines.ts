// Press-release wires open each release's first paragraph with a dateline: "RENO, Nev., April
// 2, 2024 /NewsWire/ -- …", "LONDON (Reuters) — …". The release starts at its headline just
// above the dateline (with a subhead between them, when there is one).
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import type { ContentLine } from "./contentLines";
import { IS_HEADLINE, rememberFact } from "./lineMemo";
import { isHeadline } from "./titleLines";
import { DATE } from "./bylines";

// The city in capitals (up to four words), up to two region parts ("Calif.", "Germany"), then
// a date and/or a wire or agency tag, then a dash. A date or a tag is required: a capitalised
// acronym followed by a dash ("NASA — the agency …") is prose. Only the head of the line is read.
const CITY = "\\p{Lu}[\\p{Lu}.'’-]{1,20}(?:\\s\\p{Lu}[\\p{Lu}.'’-]{1,20}){0,3}";
const REGION = "\\p{Lu}[\\p{L}.]{1,20}(?:\\s\\p{Lu}[\\p{L}.]{1,20}){0,2}";
const TAG = "(?:/[^/]{1,40}/|\\([^)]{1,40}\\))";
const DATELINE = new RegExp(`^${CITY}(?:,\\s${REGION}){0,2}(?:,?\\s+${DATE}\\s*${TAG}?|\\s*${TAG})\\s*(?:--|—|–|-)\\s+\\S`, "u");
const HEAD = 200;

/** A paragraph that opens with a dateline; the first two letters are capitals (cheap reject). */
export function isDatelineLead(text: string): boolean {
  const a = text.charCodeAt(0), b = text.charCodeAt(1);
  if (!(a >= 65 && a <= 90) || !((b >= 65 && b <= 90) || b > 127)) return false;
  return DATELINE.test(text.length > HEAD ? text.slice(0, HEAD) : text);
}

/**
 * A boundary at the headline above each dateline paragraph. A subhead sits on the line right
 * under the headline (no blank line between): the release starts at the upper of the two.
 * `candidates`: the lines a dateline may sit on (listRareLayoutLines), in order.
 */
export function findDatelineBoundaries(lines: ContentLine[], candidates: readonly number[]): Boundary[] {
  const out: Boundary[] = [];
  for (const i of candidates) {
    if (i < 1 || !isDatelineLead(lines[i].text) || !isHeadlineLine(lines[i - 1])) continue;
    let at = i - 1;
    if (at >= 1 && lines[at - 1].line === lines[at].line - 1 && isHeadlineLine(lines[at - 1])) at--;
    if (out.length && out[out.length - 1].at >= at) continue;
    out.push({ at, titleAt: at, bodyAt: i, evidence: `headline over a dateline ${quoteEvidence(lines[i].text, 30)}`, layout: "titled", strength: 2 });
  }
  return out;
}

function isHeadlineLine(line: ContentLine): boolean {
  return rememberFact(line, IS_HEADLINE, isHeadline);
}
