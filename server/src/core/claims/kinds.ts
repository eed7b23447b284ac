// The kind of a claim, from the reasons that made it one. Availability and superlatives are
// the most specific statements, so they win; a figure without an outcome verb is a measurement.
import type { ClaimKind } from "../model";

export function pickKind(reasons: readonly string[]): ClaimKind {
  if (reasons.includes("availability")) return "availability";
  if (reasons.includes("superlative") || reasons.includes("first-or-only") || reasons.includes("state-of-the-art")) return "superlative";
  if (reasons.includes("comparison")) return "comparison";
  const figure = reasons.includes("figure");
  if (reasons.includes("result-verb") && (figure || !reasons.includes("capability"))) return "result";
  if (figure || reasons.includes("named-measurement")) return "measurement";
  return "capability";
}
