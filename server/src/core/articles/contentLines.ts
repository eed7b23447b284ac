// The lines of a document as the article rules see them: trimmed text, with blank lines
// dropped, so every rule can step from one content line to the next in O(1).
import { isWhitespaceCode, type TextDocumentModel } from "../document";
import { remember, type LineMemo } from "./lineMemo";

export interface ContentLine {
  /** 0-based document line. */
  line: number;
  /** The line's text with surrounding whitespace removed (never empty). */
  text: string;
  /** What rules worked out from `text` alone (see lineMemo.ts). */
  memo: LineMemo;
}

export function listContentLines(doc: TextDocumentModel): ContentLine[] {
  const out: ContentLine[] = [];
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineText(line).trim();
    if (text) out.push({ line, text, memo: {} });
  }
  return out;
}

/** Lines compared for "the same line again": case and inner whitespace do not matter. */
export function normalizeLine(text: string): string {
  const head = text.slice(0, 400);
  // Most lines have single spaces only; the replace would copy them unchanged.
  return (hasSpaceRun(head) ? head.replace(/\s+/g, " ") : head).trim().toLowerCase();
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
  if (/[.,;:]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  if (isCaption(text) || /^[-*•–—|#>]/.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words <= 25 && /^[\p{Lu}\p{N}"“‘'(\p{Ll}µ]/u.test(text);
}

/**
 * A body paragraph: long enough and shaped like running prose. Feed abstracts may end with
 * the site name instead of a period, so a line past title length counts as prose anyway.
 */
/** normalizeLine, isProse and isCaption of a content line, worked out once per line. */
export function normalizedOf(l: ContentLine): string {
  return remember(l, "normalized", normalizeLine);
}

export function isProseLine(l: ContentLine): boolean {
  return remember(l, "prose", isProse);
}

export function isCaptionLine(l: ContentLine): boolean {
  return remember(l, "caption", isCaption);
}

export function isProse(text: string): boolean {
  if (text.length < 60 || !/\S\s+\S+\s+\S+\s+\S+\s+\S/.test(text.slice(0, 200))) return false;
  return text.length >= 150 || /[.!?:"”’)\]…]$/.test(text);
}
