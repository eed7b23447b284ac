// Numeric figures: numbers with magnitude, unit, qualifier, range and ±; not identifiers.
import type { Figure, Table } from "../model";
import type { TextDocumentModel } from "../document";
import type { AnalysisOptions } from "../options";

export function extractFigures(_doc: TextDocumentModel, _tables: Table[], _options: AnalysisOptions): Figure[] {
  return [];
}
