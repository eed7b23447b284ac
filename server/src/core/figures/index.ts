// Numeric figures: numbers with magnitude, unit, qualifier, range and ±; not identifiers.
// Lines are scanned one at a time; lines inside a table are read cell by cell so each figure
// carries its row and column headers.
import type { Figure, Table, TableCell } from "../model";
import { createTextModel, type TextDocumentModel } from "../document";
import { keepShape } from "../document/keptShapes";
import type { AnalysisOptions } from "../options";
import { newDraft, type FigureDraft } from "./figureDraft";
import { lineKindsOf } from "./documentLineKinds";
import { scanLine } from "./lineScan";
import { readHeaderUnit, type UnitInfo } from "./units";
import { hasFraction, mayHoldFractions } from "./numberToken";

export function extractFigures(doc: TextDocumentModel, tables: Table[], options: AnalysisOptions): Figure[] {
  const includeOptional = options.includeOptionalFigures;
  const cellRows = indexTableRows(doc, tables);
  const figures: Figure[] = [];
  const kinds = lineKindsOf(doc);
  const fractions = mayHoldFractions(doc.text);
  for (let line = 0; line < doc.lineCount; line++) {
    const row = cellRows.get(line);
    if (row) { figures.push(...readRowCells(doc, row, includeOptional)); continue; }
    // Without a digit only spelled-out numbers (optional tier) and fractions ("½") can be figures.
    const digits = kinds.hasDigit(line);
    if (!digits && !includeOptional && !fractions) continue;
    const text = doc.lineText(line);
    if (!digits && !includeOptional && !hasFraction(text)) continue;
    if (digits && isCueNumber(doc, line, text)) continue;
    const base = doc.lineStart(line);
    for (const d of scanLine(text, { dataRow: digits && kinds.isDataRow(line), includeOptional, fractions })) figures.push(toFigure(doc, text, base, d));
  }
  return figures;
}

// A subtitle cue's timing line: "00:01:23,456 --> 00:01:25,000" (SRT), "00:02.000 --> 00:04.500" (WebVTT).
const CUE_TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s*-->/;

/** A subtitle cue number: an integer alone on its line, right above the cue's timing line. */
function isCueNumber(doc: TextDocumentModel, line: number, text: string): boolean {
  if (text.length > 8 || line + 1 >= doc.lineCount || !/^\s*\d+\s*$/.test(text)) return false;
  return CUE_TIMING.test(doc.lineText(line + 1));
}

/** A body row, with its table's header units read once per table rather than once per cell. */
interface TableRowRef { table: Table; cells: TableCell[]; headerUnits: (UnitInfo | null)[] }

/** Body rows of every table by line, so their lines are read cell by cell. */
function indexTableRows(doc: TextDocumentModel, tables: Table[]): Map<number, TableRowRef> {
  const rows = new Map<number, TableRowRef>();
  for (const table of tables) {
    const headerUnits = table.columnHeaders.map(readHeaderUnit);
    for (const cells of table.rows) {
      if (cells.length) rows.set(doc.lineAt(cells[0].span.start), { table, cells, headerUnits });
    }
  }
  return rows;
}

function readRowCells(doc: TextDocumentModel, row: TableRowRef, includeOptional: boolean): Figure[] {
  const out: Figure[] = [];
  const rowHeader = row.cells[0]?.text ?? "";
  for (const cell of row.cells) {
    const columnHeader = row.table.columnHeaders[cell.column] ?? "";
    const headerUnit = cell.column < row.headerUnits.length ? row.headerUnits[cell.column] : readHeaderUnit(columnHeader);
    for (const d of scanLine(cell.text, { dataRow: true, includeOptional })) {
      if (cell.column === 0 && d.unit === null && !/^\s*[-+]?[\d.,]+\s*$/.test(cell.text) && !isSwallowedKey(row.table, d)) continue;
      const withUnit = d.unit === null && headerUnit
        ? newDraft(d.start, d.end, d.value, headerUnit.unit, headerUnit.dimension, d.qualifier, d.tier, d.valueHigh, d.plusMinus)
        : d;
      // Set after the other fields, as a spread copy would: the key order of the output stays.
      const figure = toFigure(doc, cell.text, cell.span.start, withUnit);
      figure.cell = { rowHeader, columnHeader };
      out.push(figure);
    }
  }
  return out;
}

/** In a flattened table a leading number column runs into the label ("32 PyTorch SGD"): still data. */
function isSwallowedKey(table: Table, d: FigureDraft): boolean {
  return table.layout === "flattened" && d.start === 0;
}

function toFigure(doc: TextDocumentModel, text: string, base: number, d: FigureDraft): Figure {
  const span = { start: base + d.start, end: base + d.end };
  const figure: Figure = {
    text: text.slice(d.start, d.end), span, range: doc.rangeOf(span),
    value: d.value, unit: d.unit, dimension: d.dimension, qualifier: d.qualifier, tier: d.tier,
  };
  if (d.valueHigh !== undefined) figure.valueHigh = d.valueHigh;
  if (d.plusMinus !== undefined) figure.plusMinus = d.plusMinus;
  return figure;
}

// One figure of each shape (with or without valueHigh, plusMinus and a cell) outlives each
// document, so the code reading figures stays compiled (document/keptShapes.ts). Their values
// take every representation real figures have (null, fractions), so no later one changes it.
for (const value of [null, 0.5]) {
  for (const shape of [0, 1, 2, 3, 4, 5, 6, 7]) {
    const draft = newDraft(0, 1, value, null, "count", null, "required", shape & 1 ? 1.5 : undefined, shape & 2 ? 0.25 : undefined);
    const figure = toFigure(createTextModel("0"), "0", 0, draft);
    if (shape & 4) figure.cell = { rowHeader: "", columnHeader: "" };
    keepShape(figure);
  }
}
