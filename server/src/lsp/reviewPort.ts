// What the server needs from the review store, so handlers stay independent of file I/O.
import type { Analysis, Span } from "../core/model";
import type { ReviewExportFormat } from "../review";
import type { ReviewTag } from "./diagnosticRules";
import type { ReviewView } from "./reviewView";
import type { DocumentText } from "./documentText";

export interface TagChange { uri: string; text: string; span: Span; tag: ReviewTag | null; note?: string }

export interface ReviewPort {
  /** Tags of the document anchored to its current text (cached until the text or file changes). */
  view(uri: string, text: DocumentText): ReviewView;
  /** Applies tag changes in one write; returns an error message when nothing could be written. */
  apply(uri: string, changes: TagChange[]): Promise<string | null>;
  /** The review file changed on disk (another program, another server): drop cached state. */
  invalidate(uri: string): void;
  /** The review of one document in an export format (md, csv, w3c, sarif). */
  exportReview(uri: string, text: string, analysis: Analysis, format: ReviewExportFormat): string;
  /** The review file that belongs to a text document, for file watching. */
  reviewPathOf(uri: string): string | null;
}
