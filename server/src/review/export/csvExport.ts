// CSV export: one row per claim (tagged or not) and per tag outside the claims, RFC 4180 quoting, formulas neutralised.
import { listReviewRows, type FileReview } from "./reviewRows";
import { formatTextCell } from "./spreadsheetSafety";

export { quoteCsvField } from "./spreadsheetSafety";

export const CSV_HEADER = ["file", "line", "column", "end_line", "end_column", "status", "note", "text", "kind", "article", "anchor", "annotation_id"];

export function formatReviewCsv(reviews: readonly FileReview[]): string {
  const lines = [CSV_HEADER.join(",")];
  for (const review of reviews) {
    for (const r of listReviewRows(review)) {
      const range = r.range;
      lines.push([
        review.file,
        range ? range.start.line + 1 : "", range ? range.start.character + 1 : "",
        range ? range.end.line + 1 : "", range ? range.end.character + 1 : "",
        r.status, r.note, r.text, r.kind ?? "",
        r.article >= 0 ? review.analysis.articles[r.article].title : "",
        r.how ?? "", r.annotation?.id ?? "",
      ].map(formatTextCell).join(","));
    }
  }
  // CRLF is what RFC 4180 asks for; spreadsheet programs accept it everywhere.
  return lines.join("\r\n") + "\r\n";
}
