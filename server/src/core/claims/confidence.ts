// Confidence of a claim: independent pieces of evidence combine as 1 - Π(1 - w), so each
// extra reason raises confidence with diminishing returns; exclusions then scale it down.
import type { ExclusionRule } from "./exclusions";
import type { ReasonRule } from "./rules";
import type { SentenceFacts } from "./facts";

export interface Assessment {
  confidence: number;
  /** Reasons that fired, strongest first. */
  reasons: string[];
  /** Names of the exclusions that applied. */
  exclusions: string[];
}

/**
 * `unsupported`, when given, replaces `exclusions` for a sentence no reason fired for: its
 * confidence is 0 whatever applies, so callers list only the exclusions whose names they use.
 */
export function assessSentence(
  facts: SentenceFacts, reasons: readonly ReasonRule[], exclusions: readonly ExclusionRule[],
  unsupported: readonly ExclusionRule[] = exclusions,
): Assessment {
  const fired: { reason: string; weight: number }[] = [];
  for (const rule of reasons) {
    const weight = rule.weigh(facts);
    if (weight > 0) fired.push({ reason: rule.reason, weight });
  }
  fired.sort((a, b) => b.weight - a.weight);
  let miss = 1;
  for (const r of fired) miss *= 1 - r.weight;
  let confidence = fired.length ? 1 - miss : 0;
  const applied: string[] = [];
  for (const rule of fired.length ? exclusions : unsupported) {
    if (!rule.test(facts)) continue;
    applied.push(rule.name);
    confidence *= rule.factor;
    if (confidence === 0) break;
  }
  return { confidence: Math.round(confidence * 1000) / 1000, reasons: fired.map((r) => r.reason), exclusions: applied };
}
