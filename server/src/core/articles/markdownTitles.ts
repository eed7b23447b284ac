// Markdown documents: a level-1 heading ("# Title", or a line underlined with "===") titles a
// document. Several of them in one file are several articles; "##" headings are sections.
// A sentence over a "=====" line is the end of a post before a rule, not an underlined title;
// nor is a line a blank line away from it (markdown underlines the line directly above).
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isProse, isTitleLike, type ContentLine } from "./contentLines";
import { IS_ATX_TITLE, IS_SETEXT_RULE, rememberFact } from "./lineMemo";

// Heading text is capped so the test stays cheap on a 10 MB line.
const ATX_TITLE = /^#\s+\S.{0,300}$/;
const SETEXT_RULE = /^={3,}\s*$/;

// The first-character test keeps the regex off every line that does not start with "=".
function isSetextRule(text: string): boolean {
  return text.charCodeAt(0) === 61 && SETEXT_RULE.test(text);
}

function isAtxTitle(text: string): boolean {
  return text.length <= 310 && text.charCodeAt(0) === 35 && ATX_TITLE.test(text);
}

/** Content-line index of each level-1 heading, and whether it is underlined (setext). */
function listLevelOneHeadings(lines: ContentLine[]): { at: number; underlined: boolean }[] {
  const out: { at: number; underlined: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (rememberFact(l, IS_ATX_TITLE, isAtxTitle) && introducesText(lines, i + 1)) out.push({ at: i, underlined: false });
    else if (i + 1 < lines.length && lines[i + 1].line === l.line + 1 && rememberFact(lines[i + 1], IS_SETEXT_RULE, isSetextRule) && isTitleLike(l.text) && !rememberFact(l, IS_SETEXT_RULE, isSetextRule) && introducesText(lines, i + 2)) out.push({ at: i, underlined: true });
  }
  return out;
}

// A heading opens prose, a list, a table or a sub-heading; a "#" line before code is a comment.
function introducesText(lines: ContentLine[], next: number): boolean {
  const t = lines[next]?.text;
  if (t === undefined) return false;
  return isProse(t) || /^(?:#{2,6}\s|[-*•]\s|\|)/.test(t) || /^[\p{Lu}\p{N}"“]/u.test(t);
}

/** One article per level-1 heading when a file has two or more (one is just the title). */
export function findMarkdownBoundaries(lines: ContentLine[]): Boundary[] {
  const headings = listLevelOneHeadings(lines);
  if (headings.length < 2) return [];
  return headings.map((h) => ({
    at: h.at,
    titleAt: h.at,
    bodyAt: h.underlined ? h.at + 2 : h.at + 1,
    evidence: `level-1 heading ${quoteEvidence(lines[h.at].text)}`,
    layout: "titled",
    strength: 2,
  }));
}
