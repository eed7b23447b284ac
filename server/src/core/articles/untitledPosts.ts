// Untitled posts run together one paragraph per line with no marker between them: a boundary
// goes where the vocabulary changes (a deep lexical-cohesion valley) and the paragraphs around
// it read like the end of one post and the start of another.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isCaption, isProse } from "./contentLines";
import { scoreCohesionGaps, type GapScore } from "./lexicalCohesion";
import { describeClosingCue, hasClosingCue, hasOpeningCue, startsByContinuing } from "./topicCues";
import { isSpeakerTurn } from "./transcript";

// A valley scores depth × (1 − similarity / mean similarity): deep, and also low in absolute
// terms. Topic changes between blog posts score 0.35–1.0; section changes inside one post
// stay under 0.25. The threshold sits between, and cues move a score by CUE_WEIGHT.
const THRESHOLD = 0.3;
const CUE_WEIGHT = 0.1;
// The smoothed valley says roughly where the topic changes; the boundary is placed on the
// best gap within PLACE_REACH paragraphs of it, using the raw similarity and the cues.
const PLACE_REACH = 2;
// Two posts are at least MIN_POST paragraphs apart; nearer valleys compete and the best wins.
const MIN_POST = 4;
// Below MIN_PARAGRAPHS there is too little text to compare windows at all.
const MIN_PARAGRAPHS = 12;

interface Placement { gap: GapScore; score: number; cues: string[] }

/** Boundaries between untitled posts among `texts` (content lines); `at` indexes into them. */
export function findUntitledBoundaries(texts: string[]): Boundary[] {
  const kept = scoreUntitledValleys(texts).filter((p) => p.score >= THRESHOLD);
  const out: Boundary[] = [];
  for (const p of kept) {
    // Non-maximum suppression: a boundary must beat every other one within MIN_POST paragraphs.
    const beaten = kept.some((q) => q !== p && Math.abs(q.gap.at - p.gap.at) < MIN_POST && (q.score > p.score || (q.score === p.score && q.gap.at < p.gap.at)));
    if (beaten || p.gap.at < MIN_POST || texts.length - p.gap.at < MIN_POST) continue;
    if (out.length && out[out.length - 1].at === p.gap.at) continue;
    const why = [`vocabulary changes (similarity ${p.gap.similarity.toFixed(2)}, depth ${p.gap.depth.toFixed(2)})`, ...p.cues];
    out.push({ at: p.gap.at, evidence: `topic change: ${why.join("; ")}`, layout: "cohesion", strength: 1 });
  }
  return out;
}

/** Each valley of the cohesion curve, placed on its best gap and scored. */
export function scoreUntitledValleys(texts: string[]): Placement[] {
  if (texts.length < MIN_PARAGRAPHS) return [];
  const gaps = scoreCohesionGaps(texts);
  const mean = gaps.reduce((a, g) => a + g.similarity, 0) / gaps.length || 1;
  const out: Placement[] = [];
  for (let k = 0; k < gaps.length; k++) {
    const g = gaps[k];
    const isMinimum = g.depth > 0 && g.smoothed <= (gaps[k - 1]?.smoothed ?? Infinity) && g.smoothed < (gaps[k + 1]?.smoothed ?? Infinity);
    if (!isMinimum) continue;
    const strength = g.depth * Math.max(0, 1 - g.smoothed / mean);
    const place = placeBoundary(texts, gaps, k, mean);
    if (place) out.push({ gap: place.gap, score: strength + place.cueScore, cues: place.cues });
  }
  return out;
}

function placeBoundary(texts: string[], gaps: GapScore[], k: number, mean: number) {
  let best: { gap: GapScore; local: number; cueScore: number; cues: string[] } | undefined;
  for (let j = Math.max(0, k - PLACE_REACH); j <= Math.min(gaps.length - 1, k + PLACE_REACH); j++) {
    const gap = gaps[j];
    const prev = texts[gap.at - 1], next = texts[gap.at];
    if (!canStartPost(prev, next)) continue;
    const { cueScore, cues } = weighCues(prev, next);
    const local = cueScore - gap.similarity / mean;
    if (!best || local > best.local) best = { gap, local, cueScore, cues };
  }
  return best;
}

function weighCues(prev: string, next: string): { cueScore: number; cues: string[] } {
  const cues: string[] = [];
  let cueScore = 0;
  const closing = hasClosingCue(prev) ? describeClosingCue(prev) : undefined;
  if (closing) { cueScore += CUE_WEIGHT; cues.push(`closing cue before (${quoteEvidence(closing)})`); }
  if (hasOpeningCue(next)) { cueScore += CUE_WEIGHT; cues.push("opening cue"); }
  // Pointers to the paper, thanks and credits come last in a post: a post does not start
  // with them, and a sentence that refers back cannot open one either.
  if (hasClosingCue(next)) cueScore -= 2 * CUE_WEIGHT;
  if (startsByContinuing(next)) cueScore -= 2 * CUE_WEIGHT;
  return { cueScore, cues };
}

// An untitled post starts with prose after a paragraph that ended a sentence: not after a
// heading or a lead-in ("… as follows:"), not at a caption, table cell or speaker turn.
function canStartPost(prev: string, next: string): boolean {
  if (!isProse(next) || isCaption(next) || isSpeakerTurn(next) || !/^[\p{Lu}\p{N}"“‘]/u.test(next)) return false;
  return /[.!?"”’)]$/.test(prev) && !isCaption(prev);
}
