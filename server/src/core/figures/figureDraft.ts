// A figure found in one line (or one table cell), with line-local offsets, before it is
// placed in the document; the scanners build these and index.ts turns them into Figures.
import type { Dimension, Qualifier } from "../model";

export interface FigureDraft {
  /** Offsets into the scanned string (a line or a cell), half-open. */
  start: number;
  end: number;
  value: number | null;
  valueHigh?: number;
  plusMinus?: number;
  unit: string | null;
  dimension: Dimension;
  qualifier: Qualifier | null;
  tier: "required" | "optional";
}

/** How a line reads, which changes a few rules (see lineKinds.ts). */
export interface ScanContext {
  /** A row of numbers (a flattened table): bare numbers after names are still data. */
  dataRow: boolean;
  includeOptional: boolean;
}
