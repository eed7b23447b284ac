// Diagnostics: one per claim, shaped by its review state (rules table in diagnosticRules.ts),
// plus file notices, orphaned tags and review-file errors. Capped so nothing floods Problems.
import { Diagnostic, DiagnosticSeverity } from "vscode-languageserver";
import type { Claim, Figure, Span } from "../core/model";
import type { CopyTag } from "./copyTags";
import type { DocumentState } from "./analysisCache";
import { shorten } from "./shorten";
import { CLAIM_RULES, FILE_RULES, severityFromSetting } from "./diagnosticRules";
import { tagOfClaim, type ReviewView } from "./reviewView";
import type { Settings } from "./settings";

/** What a quick fix needs to find the claim again; the claim's text is left out (it is most of
 * a large file's publishDiagnostics bytes, and code actions read it from the analysis). */
export interface ClaimDiagnosticData { kind: "claim"; start: number; end: number; article: number; tag: string | null }

export function buildDiagnostics(uri: string, state: DocumentState, review: ReviewView, settings: Settings, copyTagsOf: (claim: Claim) => CopyTag[] = () => []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (state.notice) {
    const rule = state.notice.code === "file.binary" ? FILE_RULES.binary : FILE_RULES.tooLarge;
    out.push({ range: top, severity: rule.severity, code: rule.code, source: "seed-review", message: state.notice.message });
  }
  if (review.error) out.push({ range: top, severity: FILE_RULES.reviewFile.severity, code: FILE_RULES.reviewFile.code, source: "seed-review", message: review.error });
  for (const orphan of review.orphans) {
    out.push({ range: top, severity: FILE_RULES.orphanTag.severity, code: FILE_RULES.orphanTag.code, source: "seed-review", message: `A "${orphan.tag}" tag lost its text (kept in the review file): “${shorten(orphan.exact, 80)}”` });
  }
  const unreviewedSeverity = severityFromSetting(settings.claims.severity);
  const limit = settings.claims.maxDiagnosticsPerFile;
  let shown = 0;
  const figuresOf = createFigureCursor(state.analysis.figures);
  for (const claim of state.analysis.claims) {
    const diagnostic = claimDiagnostic(uri, claim, figuresOf(claim.span), review, unreviewedSeverity, copyTagsOf);
    if (!diagnostic) continue;
    if (shown++ >= limit) {
      out.push({ range: top, severity: FILE_RULES.truncated.severity, code: FILE_RULES.truncated.code, source: "seed-review", message: `Only the first ${limit} claims are shown (seedReview.claims.maxDiagnosticsPerFile).` });
      break;
    }
    out.push(diagnostic);
  }
  return out;
}

function claimDiagnostic(uri: string, claim: Claim, figures: Figure[], review: ReviewView, unreviewedSeverity: DiagnosticSeverity | null, copyTagsOf: (claim: Claim) => CopyTag[]): Diagnostic | null {
  const tag = tagOfClaim(review, claim.span);
  const rule = CLAIM_RULES[tag?.tag ?? "unreviewed"];
  const severity = tag ? rule.severity : unreviewedSeverity;
  if (severity === null) return null;
  const copies = tag ? [] : copyTagsOf(claim);
  const note = tag?.note ? ` — note: ${tag.note}` : copies.length ? ` — tagged ${copies[0].tag} in a copy of this article` : "";
  const data: ClaimDiagnosticData = { kind: "claim", start: claim.span.start, end: claim.span.end, article: claim.article, tag: tag?.tag ?? null };
  return {
    range: claim.range,
    severity,
    code: rule.code,
    source: "seed-review",
    message: `${rule.label} (${claim.kind}): ${claim.reasons.join(", ")}${note}`,
    relatedInformation: [
      ...figures.slice(0, 8).map((f) => ({ location: { uri, range: f.range }, message: `figure ${f.text}` })),
      ...copies.slice(0, 4).map((c) => ({ location: { uri: c.uri, range: { start: { line: c.line, character: 0 }, end: { line: c.line, character: 0 } } }, message: `tagged ${c.tag} in this copy` })),
    ],
    data,
  };
}

/** The figures inside each claim, for claims asked in document order: a moving pointer over
 * the sorted figures instead of a scan of all figures per claim. */
function createFigureCursor(figures: readonly Figure[]): (span: Span) => Figure[] {
  let next = 0;
  return (span) => {
    while (next < figures.length && figures[next].span.start < span.start) next++;
    const out: Figure[] = [];
    for (let i = next; i < figures.length && figures[i].span.start < span.end; i++) if (figures[i].span.end <= span.end) out.push(figures[i]);
    return out;
  };
}

