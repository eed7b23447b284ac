// Sentence splitting, one line at a time: Intl.Segmenter is quadratic in string length on
// Node 20, so it never sees more than a line. Its splits after abbreviations ("U.S.", "Dr.",
// "e.g."), initials ("J. Smith"), decimals, versions, URLs and ellipses are merged back.
import type { Span } from "../model";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

const ABBREVIATIONS = new Set([
  "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "cf", "al", "fig",
  "figs", "eq", "no", "nos", "vol", "approx", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "ph.d",
  "sec", "min", "ref", "refs", "dept", "univ", "assoc", "est", "gen", "gov", "mt", "ft", "op",
]);

/** Sentence spans of `text` (offsets relative to `text`), trimmed of surrounding whitespace. */
export function splitSentences(text: string): Span[] {
  if (text.length > 20000) return splitLongLine(text);
  // Headings, captions and table rows have no sentence end: one sentence, no segmenter set-up.
  if (!/[.!?…。]/.test(text)) return [trimSpan(text, { start: 0, end: text.length })].filter((s) => s.end > s.start);
  const pieces: Span[] = [];
  for (const seg of segmenter.segment(text)) {
    pieces.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  const merged: Span[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && shouldMerge(text, prev, piece)) prev.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

function shouldMerge(text: string, prev: Span, next: Span): boolean {
  // Only the tail of the previous piece and the head of the next matter; bounding them keeps
  // the end-anchored patterns below linear on pieces with long runs of non-space characters.
  const before = text.slice(Math.max(prev.start, prev.end - 200), prev.end).trimEnd();
  const after = text.slice(next.start, Math.min(next.end, next.start + 200));
  const lastWord = /(\S+)$/.exec(before)?.[1] ?? "";
  const bare = lastWord.replace(/^[("“‘[]+/, "").replace(/\.$/, "").toLowerCase();
  if (before.endsWith(".") && ABBREVIATIONS.has(bare)) return true;
  // A single capital initial ("J. Smith") or dotted acronym ("U.S.").
  if (/(^|\s)[A-Z]\.$/.test(before) || /\b(?:[A-Za-z]\.){2,}$/.test(before)) {
    if (/^[A-Z]\./.test(after) || /^[a-z0-9]/.test(after)) return true;
    return /^[A-Z][a-z]/.test(after) && !/^(The|This|It|We|In|A|An|Our|They|These|He|She|I)\b/.test(after);
  }
  // Ellipsis followed by a lower-case word continues the sentence.
  if (/(\.\.\.|…)$/.test(before) && /^[a-z]/.test(after)) return true;
  // Splits inside a token (decimals, versions, URLs) have no space before the next piece.
  if (!/\s/.test(text[prev.end - 1] ?? "") && next.start < text.length) return true;
  // A sentence never starts with a lower-case letter or a closing bracket in this kind of text.
  if (/^[a-z)\]]/.test(after) && !/[!?]$/.test(before)) return true;
  return false;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

// Lines beyond a practical paragraph size (minified data, dumps without line breaks) are split
// by a linear scan on ". " + capital, which is enough for navigation and bounded in time.
function splitLongLine(text: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?]["”’)]?\s+(?=[A-Z“"])/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index + m[0].trimEnd().length });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}
