// Posts that start at a title line shown once (no repeat, no footer before it): a headline
// followed by prose, where the words before the line and after it stop overlapping. Section
// headings have the same shape, but the text around them keeps its vocabulary, or the heading
// names something the post has just introduced, or it is a stock heading ("About the authors").
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isCaption, isCaptionLine, isProseLine, isTitleLike, type ContentLine } from "./contentLines";
import { remember } from "./lineMemo";
import { compareAround, type TermIndex } from "./lexicalCohesion";
import { isSpeakerLine, isSpeakerTurn } from "./transcript";

// Similarity across the line, relative to the file's mean gap similarity, must fall below
// MAX_RELATIVE. On sample posts, section headings that keep the topic sit at 0.45–2.4 and
// the few that do not (last sections, closing notes) are caught by the word checks below.
const MAX_RELATIVE = 0.35;
// A section heading often names what the paragraphs just before it introduced; a title of
// a new post reuses at most a third of its words from the LOOKBACK paragraphs before it.
const MAX_RECUR_BEFORE = 0.34;
const LOOKBACK = 12;
// A post title has three or more words; two-word lines are mostly section names ("Vehicle Racing").
const MIN_TITLE_WORDS = 3;
// A post is at least a title and one paragraph.
const MIN_POST_LINES = 2;
// Where other posts are marked (footer, repeated title), an unmarked title is only believed
// for an abstract-sized item (title plus up to SHORT_ITEM lines) that the marked layout
// leaves unmarked; a longer run is the last sections of the post before it.
const SHORT_ITEM = 4;

// Stock section names: a heading made only of these words belongs to the post around it.
const STOCK = new Set(("about author authors acknowledgement acknowledgements acknowledgment acknowledgments appendix background " +
  "conclusion conclusions discussion evaluation experiment experiments future further introduction limitation limitations method " +
  "methods next overview reading reference references related result results setup step steps summary takeaways the and of our " +
  "work what we learned team contributors resources links clean up getting started solution prerequisites").split(" "));

export interface TitleCandidate {
  at: number;
  /** Similarity of the text before the line and after it, over the file's mean similarity. */
  relative: number;
  /** Share of the line's content words already used in the LOOKBACK paragraphs before it. */
  recurBefore: number;
}

/** A headline: title-like, not a speaker turn, code, a lower-case fragment or a table row. */
export function isHeadline(text: string): boolean {
  if (!isTitleLike(text) || text.length > 160 || /!$/.test(text) || isSpeakerTurn(text) || isCaption(text)) return false;
  if (/^[(\p{Ll}]/u.test(text) && !/^\p{Ll}+\p{Lu}/u.test(text)) return false;
  if (/[=_{}<>|]|\w\(/u.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= 20;
}

/** A heading made only of stock section words ("Results and next steps"). */
export function isStockHeading(text: string): boolean {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).every((w) => STOCK.has(w));
}

/** Headlines between two texts with the cohesion evidence; `starts` are known article starts. */
export function scoreTitleLines(lines: ContentLine[], starts: number[], index: TermIndex, mean: number): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  let s = 0;
  for (let i = 1; i + 1 < lines.length; i++) {
    while (s < starts.length && starts[s] <= i) s++;
    const prevStart = starts[s - 1] ?? 0, nextStart = starts[s] ?? lines.length;
    if (prevStart === i || !isCandidate(lines, i)) continue;
    const sim = compareAround(index, i - 1, i + 1, prevStart, nextStart);
    out.push({ at: i, relative: mean > 0 ? sim / mean : sim, recurBefore: measureRecurrence(index, i, Math.max(prevStart, i - LOOKBACK)) });
  }
  return out;
}

// A title stands between the end of one text and the prose of the next: the line before it
// closes something rather than leading into it, and is not itself a heading.
function isCandidate(lines: ContentLine[], i: number): boolean {
  if (!remember(lines[i], "titleLine", isTitleLine)) return false;
  const next = lines[i + 1], prev = lines[i - 1];
  if (!isProseLine(next) || isCaptionLine(next) || isSpeakerLine(next)) return false;
  return !/[:,;]$/.test(prev.text) && !remember(prev, "headline", isHeadline);
}

function isTitleLine(t: string): boolean {
  return isHeadline(t) && t.split(/\s+/).length >= MIN_TITLE_WORDS && !isStockHeading(t);
}

function measureRecurrence(index: TermIndex, at: number, from: number): number {
  const own = new Set(index.lists[at].ids);
  if (!own.size) return 0;
  const seen = new Set<number>();
  for (let j = from; j < at; j++) for (const id of index.lists[j].ids) if (own.has(id)) seen.add(id);
  return seen.size / own.size;
}

/**
 * Starts at title lines. `starts` are the starts other rules found (sorted); `footerAt` the
 * content lines of feed footers. `marked` says the file's posts carry markers, so only
 * abstract-sized unmarked items are split off.
 */
export function findTitleLineBoundaries(lines: ContentLine[], starts: number[], footerAt: number[], index: TermIndex, mean: number, marked: boolean): Boundary[] {
  const found = scoreTitleLines(lines, starts, index, mean).filter((c) => c.relative < MAX_RELATIVE && c.recurBefore <= MAX_RECUR_BEFORE);
  const accepted: number[] = [];
  // Right to left, so an item ends at the next start already accepted.
  let end = lines.length, k = starts.length - 1, f = footerAt.length - 1;
  for (let c = found.length - 1; c >= 0; c--) {
    const at = found[c].at;
    while (k >= 0 && starts[k] > at) end = Math.min(end, starts[k--]);
    const prevStart = Math.max(starts[k] ?? 0, 0);
    if (at - prevStart < MIN_POST_LINES || end - at < MIN_POST_LINES) continue;
    if (marked) {
      while (f >= 0 && footerAt[f] >= end) f--;
      const footerInRegion = f >= 0 && footerAt[f] >= prevStart;
      if (footerInRegion || end - at - 1 > SHORT_ITEM || end === lines.length) continue;
    }
    accepted.push(at);
    end = at;
  }
  return accepted.reverse().map((at) => ({ at, titleAt: at, evidence: `title line where the topic changes (${quoteEvidence(lines[at].text)})`, layout: "titled", strength: 1 }));
}
