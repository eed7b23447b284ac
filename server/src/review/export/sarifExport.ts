// SARIF 2.1.0 export: one rule per review status, one result per claim or tag, so CI and SARIF
// viewers show disputed claims as errors, claims needing a source as warnings, open ones as notes.
import { listReviewRows, type FileReview, type ReviewRow, type ReviewStatus } from "./reviewRows";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

type Level = "none" | "note" | "warning" | "error";
type Kind = "pass" | "fail" | "notApplicable";

/**
 * SARIF allows a level other than "none" only on results of kind "fail" (§3.27.9), so verdicts
 * that close a claim (verified, not a claim) are "pass"/"notApplicable" with level "none".
 */
const RULES: { id: ReviewStatus; kind: Kind; level: Level; description: string }[] = [
  { id: "disputed", kind: "fail", level: "error", description: "A reviewer disputes this claim." },
  { id: "needs-source", kind: "fail", level: "warning", description: "A reviewer asks for a source for this claim." },
  { id: "unreviewed", kind: "fail", level: "note", description: "A check-worthy claim no reviewer has tagged yet." },
  { id: "verified", kind: "pass", level: "none", description: "A reviewer verified this claim." },
  { id: "not-a-claim", kind: "notApplicable", level: "none", description: "A reviewer marked this sentence as not a claim." },
];

export function buildSarifLog(reviews: readonly FileReview[]) {
  const artifacts = reviews.map((r) => ({ location: { uri: toUri(r.file) } }));
  const results = reviews.flatMap((review, index) => listReviewRows(review).map((row) => buildResult(row, artifacts[index].location.uri, index)));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0" as const,
    runs: [{
      tool: {
        driver: {
          name: "seed-review",
          informationUri: "https://github.com/seed-review/seed-review",
          rules: RULES.map((rule) => ({
            id: rule.id,
            name: rule.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
            shortDescription: { text: rule.description },
            defaultConfiguration: { level: rule.level },
          })),
        },
      },
      // Columns count UTF-16 code units, as the analysis and LSP do.
      columnKind: "utf16CodeUnits" as const,
      artifacts,
      results,
    }],
  };
}

export function formatSarif(reviews: readonly FileReview[]): string {
  return JSON.stringify(buildSarifLog(reviews), null, 2) + "\n";
}

function buildResult(row: ReviewRow, uri: string, artifactIndex: number) {
  const ruleIndex = RULES.findIndex((r) => r.id === row.status);
  const rule = RULES[ruleIndex];
  const artifactLocation = { uri, index: artifactIndex };
  return {
    ruleId: rule.id,
    ruleIndex,
    kind: rule.kind,
    level: rule.level,
    message: { text: formatMessage(row) },
    locations: [{
      physicalLocation: row.range
        ? {
          artifactLocation,
          // SARIF lines and columns are 1-based; endColumn is the column just after the region.
          region: {
            startLine: row.range.start.line + 1, startColumn: row.range.start.character + 1,
            endLine: row.range.end.line + 1, endColumn: row.range.end.character + 1,
            snippet: { text: row.text },
          },
        }
        : { artifactLocation },
    }],
    ...(row.annotation ? { guid: row.annotation.id.replace(/^urn:uuid:/, "") } : {}),
    properties: {
      status: row.status,
      ...(row.note ? { note: row.note } : {}),
      ...(row.kind ? { claimKind: row.kind } : {}),
      ...(row.how ? { anchor: row.how } : {}),
      ...(row.annotation ? { annotationId: row.annotation.id } : {}),
    },
  };
}

function formatMessage(row: ReviewRow): string {
  const what = row.how === "orphan" ? "Orphaned tag (its text is no longer in the file)" : row.status === "unreviewed" ? "Unreviewed claim" : `Claim tagged ${row.status}`;
  return `${what}: ${row.text}${row.note ? ` — note: ${row.note}` : ""}`;
}

/** A relative path stays relative (with "/" and percent-escapes); an absolute one becomes a file: URI. */
function toUri(file: string): string {
  const slashed = file.split("\\").join("/");
  const encoded = slashed.split("/").map(encodeURIComponent).join("/");
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${slashed.slice(0, 2)}${encoded.slice(encoded.indexOf("/"))}`;
  return slashed.startsWith("/") ? `file://${encoded}` : encoded;
}
