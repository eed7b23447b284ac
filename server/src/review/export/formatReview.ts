// The export formats of a review, by name: one table for the CLI and the language server.
import { formatReviewCsv } from "./csvExport";
import { formatMarkdownReport } from "./markdownReport";
import type { FileReview } from "./reviewRows";
import { formatSarif } from "./sarifExport";
import { formatW3cCollection } from "./w3cExport";

export type ReviewExportFormat = "md" | "csv" | "w3c" | "sarif";

const FORMATTERS: Record<ReviewExportFormat, (reviews: readonly FileReview[]) => string> = {
  md: formatMarkdownReport,
  csv: formatReviewCsv,
  w3c: formatW3cCollection,
  sarif: formatSarif,
};

export function formatReview(format: ReviewExportFormat, reviews: readonly FileReview[]): string {
  return FORMATTERS[format](reviews);
}
