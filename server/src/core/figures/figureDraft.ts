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
  /** The document holds vulgar fractions ("½"), so a number may start without a digit. */
  fractions?: boolean;
}

/**
 * Every draft is made here, with all its fields (valueHigh and plusMinus undefined when absent),
 * so all drafts share one shape that a literal site keeps alive: drafts built with optional
 * spreads had shapes that died with each document, discarding the scanners' optimised code.
 */
export function newDraft(
  start: number, end: number, value: number | null, unit: string | null, dimension: Figure["dimension"],
  qualifier: Figure["qualifier"], tier: Figure["tier"], valueHigh?: number, plusMinus?: number,
): FigureDraft {
  return { start, end, value, valueHigh, plusMinus, unit, dimension, qualifier, tier };
}
