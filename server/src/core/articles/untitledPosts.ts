// Untitled posts run together one paragraph per line with no marker between them: a boundary
// goes where the vocabulary changes (a deep lexical-cohesion valley) and the paragraphs around
// it read like the end of one post and the start of another.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isCaption, isProse } from "./contentLines";
import { readGap, scoreCohesionGaps, type CohesionCurve, type GapScore } from "./lexicalCohesion";
import { describeClosingCue, hasClosingCue, hasOpeningCue, startsByContinuing } from "./topicCues";
import { isSpeakerTurn } from "./transcript";

// A valley scores depth × (1 − similarity / mean similarity): deep, and also low in absolute
// terms. On sample blog text (windows of 4 paragraphs / 60 words, names weighed below),
// changes between posts score 0.31–0.81 and changes between sections of one post at most
// 0.11. Lowering it to 0.25 finds more changes between invented 4–6 paragraph posts (81%
// against 71%) but splits invented 30-paragraph posts twice as often, so it stays at 0.3;
// each cue moves a score by CUE_WEIGHT, a third of the threshold, so cues alone
// never make a boundary.
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
export function findUntitledBoundaries(texts: string[], curve?: CohesionCurve): Boundary[] {
  const kept = scoreUntitledValleys(texts, curve).filter((p) => p.score >= THRESHOLD);
  const out: Boundary[] = [];
  kept.forEach((p, k) => {
    // Non-maximum suppression: a boundary must beat every other one within MIN_POST
    // paragraphs. `kept` is in text order, so only its near neighbours can be that close.
    let beaten = false;
    for (let j = k - 1; j >= 0 && p.gap.at - kept[j].gap.at < MIN_POST; j--) beaten ||= kept[j].score >= p.score;
    for (let j = k + 1; j < kept.length && kept[j].gap.at - p.gap.at < MIN_POST; j++) beaten ||= kept[j].score > p.score;
    if (beaten || p.gap.at < MIN_POST || texts.length - p.gap.at < MIN_POST) return;
    if (out.length && out[out.length - 1].at === p.gap.at) return;
    const why = [`vocabulary changes (similarity ${p.gap.similarity.toFixed(2)}, depth ${p.gap.depth.toFixed(2)})`, ...p.cues];
    out.push({ at: p.gap.at, evidence: `topic change: ${why.join("; ")}`, layout: "cohesion", strength: 1 });
  });
  return out;
}

/** Each valley of the cohesion curve, placed on its best gap and scored. */
export function scoreUntitledValleys(texts: string[], curve?: CohesionCurve): Placement[] {
  if (texts.length < MIN_PARAGRAPHS) return [];
  curve ??= scoreCohesionGaps(texts);
  const n = curve.similarity.length;
  const mean = curve.similarity.reduce((a, s) => a + s, 0) / n || 1;
  const out: Placement[] = [];
  for (let k = 0; k < n; k++) {
    const s = curve.smoothed[k];
    const isMinimum = curve.depth[k] > 0 && s <= (curve.smoothed[k - 1] ?? Infinity) && s < (curve.smoothed[k + 1] ?? Infinity);
    if (!isMinimum) continue;
    const strength = curve.depth[k] * Math.max(0, 1 - s / mean);
    const place = placeBoundary(texts, curve, k, mean);
    if (place) out.push({ gap: place.gap, score: strength + place.cueScore - weighNameContinuity(place.gap.names), cues: place.cues });
  }
  return out;
}

// A post's own names return section after section; a new post brings new ones. Names shared
// by every post of a file (the publisher) make up to NAME_SHARED of a true change's names on
// sample text; beyond that, each further share of continuing names costs NAME_PENALTY. A gap
// with no name after it is not judged either way.
const NAME_SHARED = 0.3;
const NAME_PENALTY = 0.5;

function weighNameContinuity(share: number): number {
  return Number.isNaN(share) ? 0 : NAME_PENALTY * Math.max(0, share - NAME_SHARED);
}

function placeBoundary(texts: string[], curve: CohesionCurve, k: number, mean: number) {
  let best: { gap: GapScore; local: number; cueScore: number; cues: string[] } | undefined;
  for (let j = Math.max(0, k - PLACE_REACH); j <= Math.min(curve.similarity.length - 1, k + PLACE_REACH); j++) {
    const gap = readGap(curve, j);
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
