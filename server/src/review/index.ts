// Public face of the review store: what the language server and the CLI import.
export { ReviewStore, type ReviewStoreOptions } from "./reviewStore";
export { ReviewFileError, type ReviewFileProblem } from "./reviewFileError";
export { anchorAnnotations, type AnchoredAnnotation, type AnchorMethod, type AnchorResult } from "./anchoring";
export { TAGS, readNote, readTag, type Annotation, type ReviewCollection, type Tag } from "./reviewSchema";
export type { SpanChange, TagRequest } from "./reviewEdits";
export { listReviewRows, countStatuses, type FileReview, type ReviewRow, type ReviewStatus } from "./export/reviewRows";
export { formatMarkdownReport } from "./export/markdownReport";
export { formatReviewCsv } from "./export/csvExport";
export { formatW3cCollection } from "./export/w3cExport";
export { formatSarif } from "./export/sarifExport";
export { formatReview, type ReviewExportFormat } from "./export/formatReview";
