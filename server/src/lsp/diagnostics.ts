// Diagnostics: one per claim, shaped by its review state (rules table in diagnosticRules.ts),
// plus file notices, orphaned tags and review-file errors. Capped so nothing floods Problems.
import { Diagnostic, DiagnosticSeverity } from "vscode-languageserver";
import type { Claim, Figure, Span } from "../core/model";
import type { CopyTag } from "./copyTags";
import type { DocumentState } from "./analysisCache";
import { shorten } from "./shorten";
import { CLAIM_RULES, FILE_RULES, severityFromSetting } from "./diagnosticRules";
import type { ShownClaims } from "./readingFocus";
import { tagOfClaim, type AnchoredTag, type ReviewView } from "./reviewView";
import type { Settings } from "./settings";

/** What a quick fix needs to find the claim again; the claim's text is left out (it is most of
 * a large file's publishDiagnostics bytes, and code actions read it from the analysis). */
export interface ClaimDiagnosticData { kind: "claim"; start: number; end: number; article: number; tag: string | null }

export interface BuiltDiagnostics {
  diagnostics: Diagnostic[];
  /** Where the shown claims lie when there were more than the cap (null: all are shown). */
  shown: ShownClaims | null;
}

/** `focus` is where the reviewer is reading: when claims are capped, the ones around it are shown. */
export function buildDiagnostics(uri: string, state: DocumentState, review: ReviewView, settings: Settings, copyTagsOf: (claim: Claim) => CopyTag[] = () => [], focus?: number): BuiltDiagnostics {
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
  const claims = state.analysis.claims;
  // Claims that get a diagnostic at all (a tag or the unreviewed setting may hide one), with their tags.
  const visible: number[] = [], severities: DiagnosticSeverity[] = [];
  const tags: (AnchoredTag | undefined)[] = new Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const tag = tagOfClaim(review, claims[i].span);
    tags[i] = tag;
    const severity = tag ? CLAIM_RULES[tag.tag].severity : unreviewedSeverity;
    if (severity !== null) { visible.push(i); severities.push(severity); }
  }
  const limit = settings.claims.maxDiagnosticsPerFile;
  const window = pickWindow(visible.length, limit, focus === undefined ? 0 : countEndingBefore(claims, visible, focus));
  const figuresOf = createFigureCursor(state.analysis.figures);
  for (let k = window.from; k < window.to; k++) {
    const i = visible[k];
    out.push(claimDiagnostic(uri, claims[i], tags[i], severities[k], figuresOf(claims[i].span), copyTagsOf));
  }
  if (window.to - window.from === visible.length) return { diagnostics: out, shown: null };
  const first = claims[visible[window.from]], last = claims[visible[window.to - 1]];
  out.push({ range: top, severity: FILE_RULES.truncated.severity, code: FILE_RULES.truncated.code, source: "seed-review",
    message: `${limit} of ${visible.length} claims have a diagnostic: those around where you are reading (lines ${first.range.start.line + 1}–${last.range.end.line + 1}). They follow you through the file; seedReview.claims.maxDiagnosticsPerFile raises the cap.` });
  return { diagnostics: out, shown: { start: first.span.start, end: last.span.end, atTextStart: window.from === 0, atTextEnd: window.to === visible.length } };
}

/** `limit` consecutive items of `count`, centred on item `center` where the ends allow. */
function pickWindow(count: number, limit: number, center: number): { from: number; to: number } {
  if (count <= limit) return { from: 0, to: count };
  const from = Math.max(0, Math.min(count - limit, center - (limit >> 1)));
  return { from, to: from + limit };
}

/** How many of the visible claims end before `offset` (binary search: claims are in document order). */
function countEndingBefore(claims: readonly Claim[], visible: readonly number[], offset: number): number {
  let lo = 0, hi = visible.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[visible[mid]].span.end < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function claimDiagnostic(uri: string, claim: Claim, tag: AnchoredTag | undefined, severity: DiagnosticSeverity, figures: Figure[], copyTagsOf: (claim: Claim) => CopyTag[]): Diagnostic {
  const rule = CLAIM_RULES[tag?.tag ?? "unreviewed"];
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

