// Plain data the analysis produces: one serialisable value per document version.
// Items carry both a `span` (UTF-16 offsets into the text) and an LSP `range`; the core builds
// ranges only through TextDocumentModel.rangeOf so positions are converted in one place.

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
/** Half-open [start, end) in UTF-16 code units of the document text. */
export interface Span { start: number; end: number }

export interface Section { title: string; span: Span; range: Range }

export interface TableCell { row: number; column: number; text: string; span: Span }
export interface Table {
  span: Span;
  range: Range;
  /** "pipe" for markdown pipe tables, "aligned" for whitespace-aligned columns, "flattened" for cells joined by single spaces, "csv" for comma-separated lines. */
  layout: "pipe" | "aligned" | "flattened" | "csv";
  /** Header cells (the first row), one per column; empty strings where a column has no header. */
  columnHeaders: string[];
  rows: TableCell[][];
}

export interface Article {
  title: string;
  /** True when the title was made from the article's own text (the post has no title line). */
  titleIsDerived: boolean;
  span: Span;
  range: Range;
  titleSpan: Span | null;
  titleRange: Range | null;
  sections: Section[];
  /** Why a boundary was put at the article's start, for the reviewer (shown on hover). */
  evidence: string;
  /** Which layout rule found it: "feed", "header", "titled", "cohesion", "file-start". */
  layout: string;
  /** True for a truncated piece of a post at the start or end of a file. */
  fragment?: boolean;
}

export type Qualifier = "more than" | "less than" | "up to" | "at least" | "about";
export type Dimension =
  | "count" | "money" | "ratio" | "percent" | "multiplier" | "size" | "data rate" | "time"
  | "frequency" | "power" | "energy" | "length" | "mass" | "temperature" | "compute" | "date" | "other";

export interface Figure {
  text: string;
  span: Span;
  range: Range;
  value: number | null;
  valueHigh?: number;
  plusMinus?: number;
  /** Canonical unit ("%", "GB", "Gbit/s", "USD", "x", "s") or the counted noun ("GPUs"). */
  unit: string | null;
  dimension: Dimension;
  qualifier: Qualifier | null;
  /** "optional" for dates, years and spelled-out numbers. */
  tier: "required" | "optional";
  /** Present for a figure in a table cell. */
  cell?: { rowHeader: string; columnHeader: string };
}

export type ClaimKind = "result" | "measurement" | "comparison" | "superlative" | "capability" | "availability";

export interface Claim {
  text: string;
  span: Span;
  range: Range;
  kind: ClaimKind;
  /** Short stable names of the rules that fired: "figure", "superlative", "result-verb", … */
  reasons: string[];
  confidence: number;
  /** Index into Analysis.articles of the article that holds the claim (-1 when none). */
  article: number;
}

export interface Problem { message: string; span: Span; range: Range; code: string }

export interface Analysis {
  articles: Article[];
  tables: Table[];
  figures: Figure[];
  claims: Claim[];
  problems: Problem[];
}
