// Posts that start at a title line shown once (no repeat, no footer before it): a headline
// followed by prose, where the words before the line and after it stop overlapping. Section
// headings have the same shape, but the text around them keeps its vocabulary.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isCaption, isProse, isTitleLike, type ContentLine } from "./contentLines";
import { compareAround, indexTerms, type TermIndex } from "./lexicalCohesion";
import { isSpeakerTurn } from "./transcript";

// How far back a heading's words are looked for: a section heading names what the post has
// been building up to ("… we introduce Ghost Clipping." / "Ghost Clipping").
const LOOKBACK = 12;

export interface TitleCandidate {
  at: number;
  /** Similarity of the text before the line and after it, over the file's mean similarity. */
  relative: number;
  /** Share of the line's content words already used in the LOOKBACK paragraphs before it. */
  recurBefore: number;
  /** Most words capitalised, as headline style writes them. */
  titleCase: boolean;
  /** Content lines since the previous known start. */
  distance: number;
  score: number;
}

/** A headline: title-like, two to twenty words, not a speaker turn, not a lower-case fragment. */
export function isHeadline(text: string): boolean {
  if (!isTitleLike(text) || text.length > 160 || /[!]$/.test(text) || isSpeakerTurn(text)) return false;
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= 20 && !/^\p{Ll}[\p{Ll}'’-]*(?:\s|$)/u.test(text) && !text.includes("|");
}

// Function words that stay lower-case in a title-cased headline.
const MINOR = /^(?:a|an|and|as|at|but|by|for|from|in|into|is|of|on|or|the|to|vs\.?|via|with|without)$/i;

export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && !MINOR.test(w));
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= words.length * 0.75;
}

/** Each headline between prose paragraphs, with the evidence for and against a new post. */
export function scoreTitleLines(lines: ContentLine[], known: number[], index: TermIndex = indexTerms(lines.map((l) => l.text)), mean = 0): TitleCandidate[] {
  const starts = [...known].sort((a, b) => a - b);
  const out: TitleCandidate[] = [];
  let s = 0;
  for (let i = 1; i + 1 < lines.length; i++) {
    while (s + 1 < starts.length && starts[s + 1] <= i) s++;
    const prevStart = starts[s] !== undefined && starts[s] <= i ? starts[s] : 0;
    const nextStart = starts[s + 1] ?? lines.length;
    if (!isCandidate(lines, i)) continue;
    const sim = compareAround(index, i - 1, i + 1, prevStart, nextStart);
    out.push({
      at: i,
      relative: mean > 0 ? sim / mean : sim,
      recurBefore: measureRecurrence(index, i, Math.max(prevStart, i - LOOKBACK)),
      titleCase: isTitleCase(lines[i].text),
      distance: i - prevStart,
      score: 0,
    });
  }
  return out;
}

// A title stands between the end of one text and the prose of the next: the line before it
// closes something (a sentence, a list item, a table row) rather than leading into it.
function isCandidate(lines: ContentLine[], i: number): boolean {
  const t = lines[i].text;
  if (!isHeadline(t) || isCaption(t)) return false;
  const next = lines[i + 1].text, prev = lines[i - 1].text;
  if (!isProse(next) || isCaption(next) || isSpeakerTurn(next)) return false;
  return !/[:,;]$/.test(prev) && !isHeadline(prev);
}

function measureRecurrence(index: TermIndex, at: number, from: number): number {
  const own = new Set(index.lists[at].ids);
  if (!own.size) return 0;
  const seen = new Set<number>();
  for (let j = from; j < at; j++) for (const id of index.lists[j].ids) if (own.has(id)) seen.add(id);
  return seen.size / own.size;
}

export function findTitleLineBoundaries(lines: ContentLine[], known: number[]): Boundary[] {
  return scoreTitleLines(lines, known).map((c) => ({ at: c.at, titleAt: c.at, evidence: `title line ${quoteEvidence(lines[c.at].text)}`, layout: "titled", strength: 1 }));
}
