// Reason rules: each looks at one sentence and returns the weight (0..1) of the evidence it
// found that the sentence is check-worthy. Weights were set on the sample corpus so that one
// strong reason (a figure, an explicit comparison, a release) passes the default 0.5 threshold
// and one weak reason (a bare comparative, "offers") needs company.
import {
  AVAILABILITY, AVAILABILITY_NAMED, RELEASE_VERSIONED, CAPABILITY_CAN, CAPABILITY_NAMED, CAPABILITY_STRONG, CAPABILITY_WEAK, COMPARISON_AS, COMPARISON_STRONG, COMPARISON_SYMBOL, COMPARISON_WEAK,
  FIRST_OR_ONLY, FIRST_STRONG, RESULT_GERUND, RESULT_NOUN, RESULT_VERB, STATE_OF_THE_ART, SUPERLATIVE_STRONG, SUPERLATIVE_WEAK,
} from "./cues";
import { holdsNumber, type SentenceFacts } from "./facts";
import { CERTIFIED, CHANGE_MADE, NEEDS_NOTHING, NEWS_TODAY, NOW_IN_EFFECT, STUDY_FINDING } from "./findingCues";
import { MEASUREMENT_NOUN, MEASUREMENT_RELATION, SPELLED_AMOUNT, SPELLED_BOUND, SPELLED_COUNT, SPELLED_OPENING } from "./quantityCues";
import { matchesCue, type Cue } from "./triggers";

export interface ReasonRule {
  reason: string;
  weigh(facts: SentenceFacts): number;
}

/** A weight given when any of `cues` matches (and, with `needsNumber`, the sentence holds a quantity). */
interface Tier {
  weight: number;
  cues: readonly Cue[];
  needsNumber?: boolean;
}

// Rules are data: each rule's tiers are flattened once here into parallel lists, read by index
// per sentence (no per-sentence iterators over tier objects of differing shapes).
/** A rule giving the weight of its first tier that matches, or 0. */
function tiered(reason: string, tiers: readonly Tier[]): ReasonRule {
  const cues: Cue[] = [];
  const weights: number[] = [];
  const needsNumber: boolean[] = [];
  for (const tier of tiers) {
    for (const cue of tier.cues) {
      cues.push(cue);
      weights.push(tier.weight);
      needsNumber.push(tier.needsNumber === true);
    }
  }
  return {
    reason,
    weigh(f) {
      const flags = f.cues;
      for (let k = 0; k < cues.length; k++) {
        const cue = cues[k];
        // The regex runs only when enough of its trigger words are in the sentence (triggers.ts).
        if (flags[cue.id] < cue.least || (needsNumber[k] && !holdsNumber(f))) continue;
        if (matchesCue(cue, f.text, flags, f.cueStarts)) return weights[k];
      }
      return 0;
    },
  };
}

export const REASONS: ReasonRule[] = [
  {
    reason: "figure",
    weigh: (f) => f.figures.length > 0 ? 0.6 : f.bareNumber ? 0.5 : f.optionalFigures > 0 ? 0.15 : 0,
  },
  tiered("comparison", [{ weight: 0.5, cues: [COMPARISON_STRONG, COMPARISON_AS, COMPARISON_SYMBOL] }, { weight: 0.25, cues: [COMPARISON_WEAK] }]),
  tiered("superlative", [{ weight: 0.5, cues: [SUPERLATIVE_STRONG] }, { weight: 0.3, cues: [SUPERLATIVE_WEAK] }]),
  tiered("first-or-only", [{ weight: 0.6, cues: [FIRST_STRONG] }, { weight: 0.45, cues: [FIRST_OR_ONLY] }]),
  tiered("state-of-the-art", [{ weight: 0.5, cues: [STATE_OF_THE_ART] }]),
  tiered("result-verb", [{ weight: 0.5, cues: [RESULT_VERB, RESULT_GERUND, STUDY_FINDING, NEWS_TODAY, CHANGE_MADE] }, { weight: 0.25, cues: [RESULT_NOUN] }]),
  tiered("availability", [{ weight: 0.55, cues: [AVAILABILITY, AVAILABILITY_NAMED, RELEASE_VERSIONED] }]),
  tiered("capability", [{ weight: 0.5, cues: [CAPABILITY_CAN, CAPABILITY_STRONG, CAPABILITY_NAMED, NOW_IN_EFFECT, CERTIFIED, NEEDS_NOTHING] }, { weight: 0.3, cues: [CAPABILITY_WEAK] }]),
  tiered("named-measurement", [
    { weight: 0.55, cues: [MEASUREMENT_RELATION, SPELLED_AMOUNT, SPELLED_COUNT, SPELLED_BOUND, SPELLED_OPENING] },
    { weight: 0.3, cues: [MEASUREMENT_NOUN], needsNumber: true },
  ]),
];
