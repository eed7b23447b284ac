// The kind of a claim, from the reasons that made it one. Availability and superlatives are
// the most specific statements, so they win; a figure without an outcome verb is a measurement.
import type { ClaimKind } from "../model";

export function pickKind(reasons: readonly string[]): ClaimKind {
  const has = (r: string) => reasons.includes(r);
  if (has("availability")) return "availability";
  if (has("superlative") || has("first-or-only") || has("state-of-the-art")) return "superlative";
  if (has("comparison")) return "comparison";
  if (has("result-verb") && (has("figure") || !has("capability"))) return "result";
  if (has("figure") || has("named-measurement")) return "measurement";
  return "capability";
}
