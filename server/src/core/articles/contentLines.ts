// The lines of a document as the article rules see them: trimmed text, with blank lines
// dropped, so every rule can step from one content line to the next in O(1).
import { isWhitespaceCode, type TextDocumentModel } from "../document";
import { mayBeWrapped } from "../document/wrappedLines";
import { IS_CAPTION, createLine, IS_PROSE, rememberFact, type MemoLine } from "./lineMemo";

/** What rules worked out from `text` alone sits on the line itself (see lineMemo.ts). */
export interface ContentLine extends MemoLine {
  /** 0-based document line. */
  line: number;
  /** The line's text with surrounding whitespace removed (never empty). */
  text: string;
}

export function listContentLines(doc: TextDocumentModel): ContentLine[] {
  const out: ContentLine[] = [];
  for (let line = 0; line < doc.lineCount; line++) {
    const text = readContentText(doc.lineText(line));
    if (text) out.push(createLine(line, text));
  }
  return out;
}

/**
 * A line's trimmed text; a line of a form feed alone (and spaces) is kept as "\f": printed
 * dumps divide posts with it (separatorLines.ts), so it must not vanish as a blank would.
 */
export function readContentText(raw: string): string {
  const text = raw.trim();
  return text || raw.indexOf("\f") < 0 ? text : "\f";
}

/** Where a content line's text starts inside its raw document line. */
export function measureIndent(raw: string, text: string): number {
  return text === "\f" ? raw.indexOf("\f") : raw.length - raw.trimStart().length;
}

/** Lines compared for "the same line again": case and inner whitespace do not matter. */
export function normalizeLine(text: string): string {
  const head = text.slice(0, 400);
  // Most lines have single spaces only; the replace would copy them unchanged.
  return (hasSpaceRun(head) ? head.replace(/\s+/g, " ") : head).trim().toLowerCase();
}

/**
 * False when normalizeLine of the two lines cannot agree on their first 60 characters (nor
 * one start with the other): a test by character code that spares normalizing most pairs of
 * neighbouring lines. Texts are trimmed, so up to its first space or non-ASCII character a
 * normalized line is its text lower-cased, character for character.
 */
export function mayNormalizeAlike(a: ContentLine, b: ContentLine): boolean {
  const n = Math.min(a.text.length, b.text.length, 60);
  for (let i = 0; i < n; i++) {
    const x = a.text.charCodeAt(i), y = b.text.charCodeAt(i);
    if (x >= 128 || y >= 128 || x <= 32 || y <= 32) return true;
    if ((x >= 65 && x <= 90 ? x + 32 : x) !== (y >= 65 && y <= 90 ? y + 32 : y)) return false;
  }
  return true;
}

/** Whether `/\s+/g` would change `text` when replaced by " ": any whitespace but a lone space. */
function hasSpaceRun(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c) && (c !== 32 || isWhitespaceCode(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

const CAPTION = /^(?:figure|fig\.|table|image|photo|chart|video|source|credit|caption)\s*[\dIVX]*[a-z]?\s*[:.|–—-]/i;

/** A figure or table caption ("Figure 3: …", "Table 1. …"): never a title or heading. */
export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}

/** A line that can name a post: short, not a sentence that ends in a period, not a caption. */
export function isTitleLike(text: string): boolean {
  if (text.length < 3 || text.length > 200) return false;
  // Ends in . , ; or : (an ellipsis is not a sentence end); tested by code, as /[.,;:]$/ would.
  if (endsWithAny(text, ".,;:") && !text.endsWith("...") && !text.endsWith("…")) return false;
  if (isCaption(text) || /^[-*•–—|#>]/.test(text)) return false;
  return countWords(text) <= 25 && /^[\p{Lu}\p{N}"“‘'(\p{Ll}µ]/u.test(text);
}

/** `text.split(/\s+/).length`, counted without making the parts: one more than its whitespace runs. */
export function countWords(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespaceCode(text.charCodeAt(i)) && !isWhitespaceCode(text.charCodeAt(i - 1))) n++;
  }
  return n;
}

/** The last character of `text` is one of `chars` (what /[…]$/ tests, without scanning the text). */
export function endsWithAny(text: string, chars: string): boolean {
  if (text.length === 0) return false;
  // By code: text[i] would make a one-character string per call, and this runs on most lines.
  const last = text.charCodeAt(text.length - 1);
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === last) return true;
  return false;
}

/**
 * The first line of a hard-wrapped paragraph, not a title: its sentence runs on into the next
 * document line, which starts in lower case ("…the rest of the room, right" / "under a window").
 */
export function runsOn(line: ContentLine, next: ContentLine | undefined): boolean {
  return next !== undefined && next.line === line.line + 1 && /^\p{Ll}/u.test(next.text);
}

/** Hard-wrapped prose rarely ends its first line in a period, so isProse misses it: a wrap-width
 * line whose sentence runs on in lower case below is a paragraph too. */
export function opensWrappedParagraph(line: ContentLine, next: ContentLine | undefined): boolean {
  return mayBeWrapped(line.text.length) && runsOn(line, next);
}

/**
 * A body paragraph: long enough and shaped like running prose. Feed abstracts may end with
 * the site name instead of a period, so a line past title length counts as prose anyway.
 */
/** normalizeLine, isProse and isCaption of a content line, worked out once per line. */
// Direct field reads (not `remember`): these run for most lines on every edit.
export function normalizedOf(l: ContentLine): string {
  return (l.normalized ??= normalizeLine(l.text));
}

export function isProseLine(l: ContentLine): boolean {
  return rememberFact(l, IS_PROSE, isProse);
}

export function isCaptionLine(l: ContentLine): boolean {
  return rememberFact(l, IS_CAPTION, isCaption);
}

export function isProse(text: string): boolean {
  if (text.length < 60 || !/\S\s+\S+\s+\S+\s+\S+\s+\S/.test(text.slice(0, 200))) return false;
  return text.length >= 150 || /[.!?:"”’)\]…]$/.test(text);
}
