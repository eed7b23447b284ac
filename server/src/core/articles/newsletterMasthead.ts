// Newsletters open with a masthead: the issue line ("Issue #57 · April 7, 2023", "Vol. 3,
// No. 12"), "View this email in your browser", an "In this issue" list, a greeting. It is no
// part of the first item: that item starts at the first title after the masthead that is
// followed by prose (list entries are followed by more entries, not by prose).
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isCaptionLine, isProseLine, type ContentLine } from "./contentLines";
import { IS_TITLE_LINE, rememberFact } from "./lineMemo";
import { isTitleLine } from "./titleLines";

// Masthead lines are short; the cap keeps the test cheap and rejects most lines on length.
const MAX_LINE = 120;
const MASTHEAD = /^(?:(?:issue|edition|vol\.?|volume)\s*(?:#|no\.?\s*)?\d{1,5}\b.{0,80}|.{1,60}\b(?:newsletter|digest|weekly|bulletin|roundup)\b.{0,20}\b(?:issue|edition|vol\.?|no\.)\s*#?\d{1,5}\b.{0,40}|in (?:this|today['’]s|this week['’]s) (?:issue|edition|newsletter|digest|email)\b.{0,40}|view (?:this (?:e-?mail|newsletter) )?(?:in|on) (?:your |a )?(?:web )?browser\b.{0,40})$/i;
// The first item follows the masthead within this many content lines (a masthead, a list of
// the issue's items, a greeting paragraph); further on, a title is the post's own business.
const MASTHEAD_REACH = 20;

export function isMastheadLine(text: string): boolean {
  return text.length <= MAX_LINE && MASTHEAD.test(text);
}

/** `candidates`: the lines a masthead may start on (listRareLayoutLines), in order. */
export function findMastheadBoundaries(lines: ContentLine[], candidates: readonly number[]): Boundary[] {
  const out: Boundary[] = [];
  let next = 0;
  for (const i of candidates) {
    if (i < next || !isMastheadLine(lines[i].text)) continue;
    let last = i;
    // The masthead runs on while its lines keep coming; the item is looked for after the last.
    for (let j = i + 1; j < lines.length && j - last <= MASTHEAD_REACH; j++) {
      if (isMastheadLine(lines[j].text)) { last = j; continue; }
      if (j + 1 >= lines.length || !rememberFact(lines[j], IS_TITLE_LINE, isTitleLine)) continue;
      if (!isProseLine(lines[j + 1]) || isCaptionLine(lines[j + 1])) continue;
      out.push({ at: j, titleAt: j, evidence: `first item after a newsletter masthead (${quoteEvidence(lines[i].text)})`, layout: "titled", strength: 2 });
      break;
    }
    next = last + 1;
  }
  return out;
}
