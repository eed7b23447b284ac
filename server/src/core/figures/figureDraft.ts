// A figure found in one line (or one table cell), with line-local offsets, before it is
// placed in the document; the scanners build these and index.ts turns them into Figures.
import type { Figure } from "../model";

/** A Figure's parsed fields, before it has document text, span and range. */
export interface FigureDraft extends Pick<Figure, "value" | "valueHigh" | "plusMinus" | "unit" | "dimension" | "qualifier" | "tier"> {
  /** Offsets into the scanned string (a line or a cell), half-open. */
  start: number;
  end: number;
}

/** How a line reads, which changes a few rules (see lineKinds.ts). */
export interface ScanContext {
  /** A row of numbers (a flattened table): bare numbers after names are still data. */
  dataRow: boolean;
  includeOptional: boolean;
}
