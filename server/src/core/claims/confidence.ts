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
  const fired = weighReasons(facts, reasons);
  let confidence = combine(fired);
  const applied: string[] = [];
  for (const rule of fired ? exclusions : unsupported) {
    if (!rule.test(facts)) continue;
    applied.push(rule.name);
    confidence *= rule.factor;
    if (confidence === 0) break;
  }
  return { confidence: roundConfidence(confidence), reasons: namesOf(fired), exclusions: applied };
}

/**
 * assessSentence for a sentence whose exclusions before `exclusions` are known not to apply,
 * or null when its confidence cannot reach `threshold`. Factors never raise confidence, so
 * when the reasons alone fall short the exclusions are not tested.
 */
export function assessAgainst(
  facts: SentenceFacts, reasons: readonly ReasonRule[], exclusions: readonly ExclusionRule[], threshold: number,
): Assessment | null {
  const fired = weighReasons(facts, reasons);
  if (!fired) return null;
  let confidence = combine(fired);
  if (roundConfidence(confidence) < threshold) return null;
  const applied: string[] = [];
  for (const rule of exclusions) {
    if (!rule.test(facts)) continue;
    applied.push(rule.name);
    confidence *= rule.factor;
    // Later factors only lower it further: once short of the threshold it stays short.
    if (confidence === 0 || roundConfidence(confidence) < threshold) return null;
  }
  return { confidence: roundConfidence(confidence), reasons: namesOf(fired), exclusions: applied };
}

/** A fired reason in a list kept strongest first. */
interface Fired { reason: string; weight: number; next: Fired | null }

/** Fired reasons, strongest first (ties keep rule order), or null when none fired. */
function weighReasons(facts: SentenceFacts, reasons: readonly ReasonRule[]): Fired | null {
  let head: Fired | null = null;
  for (const rule of reasons) {
    const weight = rule.weigh(facts);
    if (!(weight > 0)) continue;
    // Insert after every reason at least as strong: a stable sort by weight, descending.
    const node: Fired = { reason: rule.reason, weight, next: null };
    if (!head || head.weight < weight) { node.next = head; head = node; continue; }
    let at = head;
    while (at.next && at.next.weight >= weight) at = at.next;
    node.next = at.next;
    at.next = node;
  }
  return head;
}

/** 1 - Π(1 - w) over the fired reasons, multiplied strongest first; 0 when none fired. */
function combine(fired: Fired | null): number {
  if (!fired) return 0;
  let miss = 1;
  for (let r: Fired | null = fired; r; r = r.next) miss *= 1 - r.weight;
  return 1 - miss;
}

function namesOf(fired: Fired | null): string[] {
  const names: string[] = [];
  for (let r = fired; r; r = r.next) names.push(r.reason);
  return names;
}

function roundConfidence(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}
