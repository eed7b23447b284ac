// Reason rules: each looks at one sentence and returns the weight (0..1) of the evidence it
// found that the sentence is check-worthy. Weights were set on the sample corpus so that one
// strong reason (a figure, an explicit comparison, a release) passes the default 0.5 threshold
// and one weak reason (a bare comparative, "offers") needs company.
import {
  AVAILABILITY, AVAILABILITY_NAMED, CAPABILITY_NAMED, CAPABILITY_STRONG, CAPABILITY_WEAK, COMPARISON_STRONG, COMPARISON_SYMBOL, COMPARISON_WEAK,
  FIRST_OR_ONLY, FIRST_STRONG, MEASUREMENT_NOUN, MEASUREMENT_RELATION, RESULT_GERUND, RESULT_NOUN, RESULT_VERB, SPELLED_AMOUNT, STATE_OF_THE_ART, SUPERLATIVE_STRONG, SUPERLATIVE_WEAK,
} from "./cues";
import { holdsNumber, type SentenceFacts } from "./facts";
import { matchesCue, type Cue } from "./triggers";

export interface ReasonRule {
  reason: string;
  weigh(facts: SentenceFacts): number;
}

/** The sentence matches the cue (its regex runs only when a trigger word is present). */
function has(f: SentenceFacts, cue: Cue): boolean {
  return matchesCue(cue, f.text, f.cues);
}

export const REASONS: ReasonRule[] = [
  {
    reason: "figure",
    weigh: (f) => f.figures.length > 0 ? 0.6 : f.bareNumber ? 0.5 : f.optionalFigures > 0 ? 0.15 : 0,
  },
  {
    reason: "comparison",
    weigh: (f) => has(f, COMPARISON_STRONG) || has(f, COMPARISON_SYMBOL) ? 0.5 : has(f, COMPARISON_WEAK) ? 0.25 : 0,
  },
  { reason: "superlative", weigh: (f) => has(f, SUPERLATIVE_STRONG) ? 0.5 : has(f, SUPERLATIVE_WEAK) ? 0.3 : 0 },
  { reason: "first-or-only", weigh: (f) => has(f, FIRST_STRONG) ? 0.6 : has(f, FIRST_OR_ONLY) ? 0.45 : 0 },
  { reason: "state-of-the-art", weigh: (f) => has(f, STATE_OF_THE_ART) ? 0.5 : 0 },
  {
    reason: "result-verb",
    weigh: (f) => has(f, RESULT_VERB) || has(f, RESULT_GERUND) ? 0.5 : has(f, RESULT_NOUN) ? 0.25 : 0,
  },
  { reason: "availability", weigh: (f) => has(f, AVAILABILITY) || has(f, AVAILABILITY_NAMED) ? 0.55 : 0 },
  {
    reason: "capability",
    weigh: (f) => has(f, CAPABILITY_STRONG) || has(f, CAPABILITY_NAMED) ? 0.5 : has(f, CAPABILITY_WEAK) ? 0.3 : 0,
  },
  {
    reason: "named-measurement",
    weigh: (f) => has(f, MEASUREMENT_RELATION) || has(f, SPELLED_AMOUNT) ? 0.55
      : has(f, MEASUREMENT_NOUN) && holdsNumber(f) ? 0.3 : 0,
  },
];
