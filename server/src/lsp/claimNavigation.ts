// The next or previous untagged claim from a position, for "Go to Next/Previous Unreviewed
// Claim": read from the analysis, not from the published diagnostics, which a large file caps
// (maxDiagnosticsPerFile) to the claims around the reader. Wraps around the document's ends.
import type { Position, Range } from "vscode-languageserver";
import type { DocumentState } from "./analysisCache";
import { tagOfClaim, type ReviewView } from "./reviewView";

export interface ClaimStep {
  position: Position;
  direction: 1 | -1;
  /** A claim starting exactly at `position` counts (a code lens jumps to an article's first claim). */
  inclusive?: boolean;
}

export function findUnreviewedClaim(state: DocumentState, review: ReviewView, step: ClaimStep): Range | null {
  const at = state.model.offsetAt(step.position);
  const open = state.analysis.claims.filter((c) => !tagOfClaim(review, c.span));
  if (!open.length) return null;
  if (step.direction === 1) {
    const next = open.find((c) => (step.inclusive ? c.span.start >= at : c.span.start > at)) ?? open[0];
    return next.range;
  }
  for (let i = open.length - 1; i >= 0; i--) if (open[i].span.start < at) return open[i].range;
  return open[open.length - 1].range;
}
