// The diagnostics table: each rule has a stable code, a default severity and a message.
// Claim rules follow the review state of the claim; users set the unreviewed severity.
import { DiagnosticSeverity } from "vscode-languageserver";

export type ReviewTag = "verified" | "disputed" | "needs-source" | "not-a-claim";

export interface DiagnosticRule { code: string; severity: DiagnosticSeverity | null; label: string }

export const CLAIM_RULES: Record<ReviewTag | "unreviewed", DiagnosticRule> = {
  unreviewed: { code: "claim.unreviewed", severity: DiagnosticSeverity.Information, label: "Unreviewed claim" },
  verified: { code: "claim.verified", severity: DiagnosticSeverity.Hint, label: "Verified claim" },
  disputed: { code: "claim.disputed", severity: DiagnosticSeverity.Warning, label: "Disputed claim" },
  "needs-source": { code: "claim.needsSource", severity: DiagnosticSeverity.Information, label: "Claim needs a source" },
  "not-a-claim": { code: "claim.notAClaim", severity: null, label: "Not a claim" },
};

export const FILE_RULES = {
  binary: { code: "file.binary", severity: DiagnosticSeverity.Warning },
  tooLarge: { code: "file.tooLarge", severity: DiagnosticSeverity.Information },
  orphanTag: { code: "review.orphan", severity: DiagnosticSeverity.Warning },
  reviewFile: { code: "review.fileError", severity: DiagnosticSeverity.Error },
  truncated: { code: "diagnostics.truncated", severity: DiagnosticSeverity.Information },
} as const;

const SEVERITY_NAMES: Record<string, DiagnosticSeverity | null> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
  off: null,
};

export function severityFromSetting(name: string): DiagnosticSeverity | null {
  return SEVERITY_NAMES[name] ?? DiagnosticSeverity.Information;
}
