// Posts that announce themselves with a title line: a title repeated on the next content line
// (feed readers print it as heading and as link), or a title framed by the same image caption
// before and after it. Also finds the title line of a post whose start is already known.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isCaptionLine, isTitleLike, mayNormalizeAlike, normalizeLine, normalizedOf, type ContentLine } from "./contentLines";
import { isSpeakerTurn } from "./transcript";
import { stripSitePrefix, stripSiteSuffix } from "./metadataHeader";
import { IS_POST_TITLE, IS_RULE, rememberFact } from "./lineMemo";
import { isRuleLine, readBoldTitle } from "./separatorLines";
import { isNavChrome } from "./mergeBoundaries";

// A title needs two words so that repeated one-word table cells ("Yes", "Yes") do not count,
// and its first word is capitalised or a name ("iPhone"): an all-lower-case repeated line is
// image alt text ("system diagram") printed twice.
function isPostTitle(line: ContentLine): boolean {
  return rememberFact(line, IS_POST_TITLE, readsAsPostTitle);
}

function readsAsPostTitle(text: string): boolean {
  return isTitleLike(text) && /\S\s+\S/.test(text) && !isSpeakerTurn(text) && !/^\p{Ll}[\p{Ll}'’-]*(?:\s|$)/u.test(text);
}

// Alt text repeated around a title may be cut differently by the scraper, so two captions are
// "the same" when their first 60 characters agree. Rule lines around a title are a frame, not
// alt text: framedTitles.ts reads them, and the post starts at its title, not at the rule.
function isSameCaption(a: ContentLine, b: ContentLine): boolean {
  if (a.text.length < 20 || b.text.length < 20 || !mayNormalizeAlike(a, b) || rememberFact(a, IS_RULE, isRuleLine)) return false;
  return normalizedOf(a).slice(0, 60) === normalizedOf(b).slice(0, 60);
}

// Reach of the rule (ruleSplice.ts): a start at line i reads lines i - 1 to i + 2.
export const TITLED_REACH = { before: 1, after: 2 };

/** Starts at repeated or caption-framed titles, on candidate lines [from, to). */
export function findTitledBoundaries(lines: ContentLine[], from = 0, to = lines.length): Boundary[] {
  const out: Boundary[] = [];
  for (let i = from; i < to && i + 1 < lines.length; i++) {
    const t = lines[i].text;
    if (isPostTitle(lines[i]) && isRepeatedTitle(lines[i], lines[i + 1]) && !isSameAsPrevious(lines, i)
      && !(i + 2 < lines.length && isCaptionLine(lines[i + 2]))) {
      out.push({ at: i, titleAt: i, evidence: `title line repeated (${quoteEvidence(t)})`, layout: "titled", strength: 2 });
    } else if (i + 2 < lines.length && isPostTitle(lines[i + 1]) && isSameCaption(lines[i], lines[i + 2])
      && !isSameCaption(lines[i], lines[i + 1])) {
      out.push({ at: i, titleAt: i + 1, evidence: `title framed by a repeated image caption (${quoteEvidence(t)})`, layout: "titled", strength: 2 });
    }
  }
  return out;
}

// The link copy of a title may carry the site name ("Title | Site", "Title - Site", or in
// front: "Site | Title"); the cheap tests of the first and last characters keep the regexes
// off most line pairs.
function isRepeatedTitle(title: ContentLine, copy: ContentLine): boolean {
  if (!mayNormalizeAlike(title, copy)) return mayEndAlike(title.text, copy.text) && isPrefixedCopy(title, copy);
  const a = normalizedOf(title), b = normalizedOf(copy);
  if (a === b) return true;
  return b.length > a.length && b.startsWith(a) && normalizeLine(stripSiteSuffix(copy.text)) === a;
}

function isPrefixedCopy(title: ContentLine, copy: ContentLine): boolean {
  const a = normalizedOf(title), b = normalizedOf(copy);
  return b.length > a.length && b.endsWith(a) && normalizeLine(stripSitePrefix(copy.text)) === a;
}

// False when the last characters of the two texts differ (ASCII letters compared without
// case); any other character leaves the answer to the full test.
function mayEndAlike(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 20);
  for (let k = 1; k <= n; k++) {
    const x = a.charCodeAt(a.length - k), y = b.charCodeAt(b.length - k);
    if (x >= 128 || y >= 128 || x <= 32 || y <= 32) return true;
    if ((x >= 65 && x <= 90 ? x + 32 : x) !== (y >= 65 && y <= 90 ? y + 32 : y)) return false;
  }
  return a.length !== b.length;
}

function isSameAsPrevious(lines: ContentLine[], i: number): boolean {
  return i > 0 && normalizedOf(lines[i - 1]) === normalizedOf(lines[i]);
}

/**
 * The title line of an article that starts at content line `from`: the line a feed footer
 * names, else a repeated or caption-framed title, else the first line when it reads as a title.
 * Only the first few lines are searched: a title sits at the top of its post.
 */
export function locateTitle(lines: ContentLine[], from: number, to: number, named?: string): number | undefined {
  const end = Math.min(to, from + 6);
  // A scraped page's title comes after its navigation chrome ("Skip to content", a menu row).
  for (let i = end - 1; i >= from; i--) if (isNavChrome(lines[i].text)) { from = i + 1; break; }
  if (from >= to) return undefined;
  if (named) {
    const want = foldQuotes(normalizeLine(named).replace(/(\.\.\.|…)$/, ""));
    for (let i = from; i < end; i++) if (foldQuotes(normalizedOf(lines[i])).startsWith(want) && want.length > 0) return i;
  }
  // A markdown document names itself with its first "#" heading.
  if (/^#{1,2}\s+\S/.test(lines[from]?.text ?? "") && from < to) return from;
  // Markdown without "#" headings bolds the title line as a whole ("**Title**").
  if (from + 1 < to && readBoldTitle(lines[from].text)) return from;
  if (from + 1 < to && isPostTitle(lines[from]) && isRepeatedTitle(lines[from], lines[from + 1])) return from;
  if (from + 2 < to && isPostTitle(lines[from + 1]) && isSameCaption(lines[from], lines[from + 2])) return from + 1;
  if (from < to && isPostTitle(lines[from]) && from + 1 < to && !isPostTitleOnly(lines, from, to)) return from;
  return undefined;
}

// Footers are printed by a different template than the title: one may use curly quotes and
// apostrophes where the other has straight ones.
function foldQuotes(text: string): string {
  return text.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'");
}

// A first line that is followed only by other short lines (a table, a list of names) is not
// a title: a title introduces prose.
function isPostTitleOnly(lines: ContentLine[], from: number, to: number): boolean {
  for (let i = from + 1; i < Math.min(to, from + 4); i++) if (lines[i].text.length >= 60) return false;
  return true;
}
