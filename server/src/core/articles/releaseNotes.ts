// Release-notes feeds: "v2.3.1 — 2024-05-01", "Version 2.4 (May 1, 2024)", "## [2.3.1] - 2024-05-01"
// over a list of changes. Each release is an article: a feed of releases prints one item per
// release, with its own version, date and changes that a reviewer checks on their own, as one
// post of a feed export (ANNOTATION.md: one post per article). One version heading alone is
// a section of a post ("What changed in v2.1"), so a file needs two or more of them.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isProseLine, type ContentLine } from "./contentLines";
import { DATE } from "./bylines";

const VERSION = "\\d{1,4}\\.\\d{1,4}(?:\\.\\d{1,6}){0,2}(?:-[0-9A-Za-z.]{1,20})?";
// A "v", "Version" or "Release" prefix (or keep-a-changelog brackets) marks a version on its
// own, with an optional short name or date after it; a bare number needs a date after it.
const PREFIXED = new RegExp(`^(?:#{1,4}\\s+)?(?:v|version\\s+v?|release\\s+v?|\\[v?)${VERSION}\\]?(?:\\s*[—–|:·(-]\\s*.{1,60})?$`, "i");
const DATED = new RegExp(`^(?:#{1,4}\\s+)?${VERSION}\\s*(?:[—–|:·-]\\s*|\\()${DATE}\\)?$`, "i");
// Release lines are short: longer lines are passed over on their length alone.
const MAX_LINE = 90;
// What follows a release line: a list of changes, a "### Added"-style heading, or prose.
const CHANGE_LIST = /^(?:[-*•+]\s|#{2,4}\s|\d{1,2}[.)]\s)/;

export function isReleaseLine(text: string): boolean {
  if (text.length > MAX_LINE) return false;
  const c = text.charCodeAt(0);
  // Every form starts with "#", "[", "v"/"V", "r"/"R" or a digit.
  if (!(c === 35 || c === 91 || c === 118 || c === 86 || c === 114 || c === 82 || (c >= 48 && c <= 57))) return false;
  return PREFIXED.test(text) || DATED.test(text);
}

/** `candidates`: the lines a release line may sit on (listRareLayoutLines), in order. */
export function findReleaseBoundaries(lines: ContentLine[], candidates: readonly number[]): Boundary[] {
  const out: Boundary[] = [];
  for (const i of candidates) {
    if (i + 1 >= lines.length || !isReleaseLine(lines[i].text)) continue;
    const next = lines[i + 1];
    if (!CHANGE_LIST.test(next.text) && !isProseLine(next)) continue;
    out.push({ at: i, titleAt: i, bodyAt: i + 1, evidence: `release line ${quoteEvidence(lines[i].text)}`, layout: "titled", strength: 2 });
  }
  return out.length >= 2 ? out : [];
}
