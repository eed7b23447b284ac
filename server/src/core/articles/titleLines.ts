// Posts that start at a title line shown once (no repeat, no footer before it): a headline
// followed by prose, where the words before the line and after it stop overlapping. Section
// headings have the same shape, but the text around them keeps its vocabulary, or the heading
// names something the post has just introduced, or it is a stock heading ("About the authors").
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { countWords, endsWithAny, isCaption, isCaptionLine, isProseLine, isTitleLike, runsOn, type ContentLine } from "./contentLines";
import { compareAround, type TermIndex } from "./lexicalCohesion";
import { isSpeakerLine, isSpeakerTurn } from "./transcript";
import { IS_HEADLINE, rememberFact, IS_TITLE_LINE } from "./lineMemo";

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

const LETTER_RUN = /\p{L}+/gu;
// "About the Field Lab", "About Acme Research": the closing note on who wrote the post, in
// words of its own, so the cohesion tests cannot keep it in the post.
const ABOUT = /^about\s/i;

export interface TitleCandidate {
  at: number;
  /** Similarity of the text before the line and after it, over the file's mean similarity. */
  relative: number;
  /** Share of the line's content words already used in the LOOKBACK paragraphs before it. */
  recurBefore: number;
}

/** A headline: title-like, not a speaker turn, code, a lower-case fragment or a table row. */
export function isHeadline(text: string): boolean {
  if (!isTitleLike(text) || text.length > 160 || text.endsWith("!") || isSpeakerTurn(text) || isCaption(text)) return false;
  if (/^[(\p{Ll}]/u.test(text) && !/^\p{Ll}+\p{Lu}/u.test(text)) return false;
  if (/[=_{}<>|]|\w\(/u.test(text)) return false;
  const words = countWords(text);
  return words >= 2 && words <= 20;
}

/** A heading made only of stock section words ("Results and next steps"). */
export function isStockHeading(text: string): boolean {
  // The words split(/[^\p{L}]+/u) leaves are the runs of letters; the first one outside STOCK decides.
  const lower = text.toLowerCase();
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(lower); m; m = LETTER_RUN.exec(lower)) if (!STOCK.has(m[0])) return false;
  return true;
}

/** The cohesion evidence at candidate line `i`, whose post region is [prevStart, nextStart). */
function scoreTitleLine(index: TermIndex, i: number, prevStart: number, nextStart: number, mean: number): TitleCandidate {
  const sim = compareAround(index, i - 1, i + 1, prevStart, nextStart);
  return { at: i, relative: mean > 0 ? sim / mean : sim, recurBefore: measureRecurrence(index, i, Math.max(prevStart, i - LOOKBACK)) };
}

// Reach of the candidate test (ruleSplice.ts): line i reads lines i - 1 to i + 1.
export const TITLE_LINE_REACH = { before: 1, after: 1 };

/** Lines in [from, to) that pass the layout tests of a title line (isCandidate). */
export function listTitleLines(lines: ContentLine[], from = 0, to = lines.length): number[] {
  const out: number[] = [];
  for (let i = Math.max(from, 1); i < to && i + 1 < lines.length; i++) if (isCandidate(lines, i)) out.push(i);
  return out;
}

/** Candidate lines (title lines that are not known starts), each with its region's starts. */
function listCandidates(lines: ContentLine[], starts: number[], titleLines: number[]): { at: number; prevStart: number; nextStart: number }[] {
  const out: { at: number; prevStart: number; nextStart: number }[] = [];
  let s = 0;
  for (const i of titleLines) {
    while (s < starts.length && starts[s] <= i) s++;
    const prevStart = starts[s - 1] ?? 0, nextStart = starts[s] ?? lines.length;
    if (prevStart === i) continue;
    out.push({ at: i, prevStart, nextStart });
  }
  return out;
}

// A title stands between the end of one text and the prose of the next: the line before it
// closes something rather than leading into it, and is not itself a heading.
function isCandidate(lines: ContentLine[], i: number): boolean {
  if (!rememberFact(lines[i], IS_TITLE_LINE, isTitleLine)) return false;
  const next = lines[i + 1], prev = lines[i - 1];
  if (!isProseLine(next) || isCaptionLine(next) || isSpeakerLine(next) || runsOn(lines[i], next)) return false;
  return !endsWithAny(prev.text, ":,;") && !rememberFact(prev, IS_HEADLINE, isHeadline);
}

/** A headline that can title a post: three words or more, not a stock section name. */
export function isTitleLine(t: string): boolean {
  return isHeadline(t) && countWords(t) >= MIN_TITLE_WORDS && !isStockHeading(t) && !ABOUT.test(t);
}

// Marks per term id, stamped with a number fresh for each call so they never need clearing:
// sets of ids built per candidate line cost more than the comparison itself.
let ownMarks = new Int32Array(0), seenMarks = new Int32Array(0);
let stamp = 0;

function measureRecurrence(index: TermIndex, at: number, from: number): number {
  const entries = index.vocabulary.pool.entries;
  const first = index.from[at], end = first + index.count[at];
  if (first === end) return 0;
  if (ownMarks.length < index.idf.length || stamp >= 0x7fffffff) {
    ownMarks = new Int32Array(index.idf.length);
    seenMarks = new Int32Array(index.idf.length);
    stamp = 0;
  }
  const mark = ++stamp;
  let own = 0, seen = 0;
  for (let t = first; t < end; t++) {
    const id = entries[t] >> 1;
    if (ownMarks[id] !== mark) { ownMarks[id] = mark; own++; }
  }
  for (let j = from; j < at; j++) {
    for (let t = index.from[j], stop = t + index.count[j]; t < stop; t++) {
      const id = entries[t] >> 1;
      if (ownMarks[id] === mark && seenMarks[id] !== mark) { seenMarks[id] = mark; seen++; }
    }
  }
  return seen / own;
}

/**
 * Starts at title lines. `starts` are the starts other rules found (sorted); `footerAt` the
 * content lines of feed footers. `marked` says the file's posts carry markers, so only
 * abstract-sized unmarked items are split off. `titleLines`: listTitleLines, when known.
 */
export function findTitleLineBoundaries(lines: ContentLine[], starts: number[], footerAt: number[], index: TermIndex, mean: number, marked: boolean,
  titleLines = listTitleLines(lines)): Boundary[] {
  const candidates = listCandidates(lines, starts, titleLines);
  const accepted: number[] = [];
  // Right to left, so an item ends at the next start already accepted. The layout tests come
  // first and the cohesion evidence only for lines that pass them: a rejected line changes
  // nothing for the others, and in a marked file few lines pass.
  let end = lines.length, k = starts.length - 1, f = footerAt.length - 1;
  for (let c = candidates.length - 1; c >= 0; c--) {
    const { at, prevStart: regionStart, nextStart } = candidates[c];
    while (k >= 0 && starts[k] > at) end = Math.min(end, starts[k--]);
    const prevStart = Math.max(starts[k] ?? 0, 0);
    if (at - prevStart < MIN_POST_LINES || end - at < MIN_POST_LINES) continue;
    if (marked) {
      while (f >= 0 && footerAt[f] >= end) f--;
      const footerInRegion = f >= 0 && footerAt[f] >= prevStart;
      if (footerInRegion || end - at - 1 > SHORT_ITEM) continue;
    }
    const score = scoreTitleLine(index, at, regionStart, nextStart, mean);
    if (!(score.relative < MAX_RELATIVE && score.recurBefore <= MAX_RECUR_BEFORE)) continue;
    accepted.push(at);
    end = at;
  }
  return accepted.reverse().map((at) => ({ at, titleAt: at, evidence: `title line where the topic changes (${quoteEvidence(lines[at].text)})`, layout: "titled", strength: 1 }));
}
