// Reason rules: each looks at one sentence and returns the weight (0..1) of the evidence it
// found that the sentence is check-worthy. Weights were set on the sample corpus so that one
// strong reason (a figure, an explicit comparison, a release) passes the default 0.5 threshold
// and one weak reason (a bare comparative, "offers") needs company.
import {
  AVAILABILITY, AVAILABILITY_NAMED, CAPABILITY_NAMED, CAPABILITY_STRONG, CAPABILITY_WEAK, COMPARISON_STRONG, COMPARISON_SYMBOL, COMPARISON_WEAK,
  FIRST_OR_ONLY, MEASUREMENT_NOUN, MEASUREMENT_RELATION, RESULT_GERUND, RESULT_NOUN, RESULT_VERB, SPELLED_AMOUNT, STATE_OF_THE_ART, SUPERLATIVE_STRONG, SUPERLATIVE_WEAK,
} from "./cues";
import { holdsNumber, type SentenceFacts } from "./facts";

export interface ReasonRule {
  reason: string;
  weigh(facts: SentenceFacts): number;
}

export const REASONS: ReasonRule[] = [
  {
    reason: "figure",
    weigh: (f) => f.figures.length > 0 ? 0.6 : f.bareNumber ? 0.5 : f.optionalFigures > 0 ? 0.15 : 0,
  },
  {
    reason: "comparison",
    weigh: (f) => COMPARISON_STRONG.test(f.text) || COMPARISON_SYMBOL.test(f.text) ? 0.5 : COMPARISON_WEAK.test(f.text) ? 0.25 : 0,
  },
  { reason: "superlative", weigh: (f) => SUPERLATIVE_STRONG.test(f.text) ? 0.5 : SUPERLATIVE_WEAK.test(f.text) ? 0.3 : 0 },
  { reason: "first-or-only", weigh: (f) => FIRST_OR_ONLY.test(f.text) ? 0.45 : 0 },
  { reason: "state-of-the-art", weigh: (f) => STATE_OF_THE_ART.test(f.text) ? 0.5 : 0 },
  {
    reason: "result-verb",
    weigh: (f) => RESULT_VERB.test(f.text) || RESULT_GERUND.test(f.text) ? 0.5 : RESULT_NOUN.test(f.text) ? 0.25 : 0,
  },
  { reason: "availability", weigh: (f) => AVAILABILITY.test(f.text) || AVAILABILITY_NAMED.test(f.text) ? 0.55 : 0 },
  {
    reason: "capability",
    weigh: (f) => CAPABILITY_STRONG.test(f.text) || CAPABILITY_NAMED.test(f.text) ? 0.5 : CAPABILITY_WEAK.test(f.text) ? 0.3 : 0,
  },
  {
    reason: "named-measurement",
    weigh: (f) => MEASUREMENT_RELATION.test(f.text) || SPELLED_AMOUNT.test(f.text) ? 0.55
      : MEASUREMENT_NOUN.test(f.text) && holdsNumber(f) ? 0.3 : 0,
  },
];
