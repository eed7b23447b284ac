// Tables: pipe (markdown, org, psql, grid, box-drawing), comma-separated, whitespace-aligned
// and single-space flattened tables -> cells with row and column headers.
// The first row (two or three lines for a split header or a units row, see headerRows.ts) gives
// the column headers; `rows` holds the body rows, one cell per column.
import type { Table, TableCell } from "../model";
import type { TextDocumentModel } from "../document";
import { assignColumns, findAlignedTables, type RawTable } from "./alignedTables";
import { countHeaderRows } from "./headerRows";
import type { RawCell } from "./rowCells";
import { findCsvTables } from "./csvTables";
import { findFlattenedTables } from "./flattenedTables";
import { findPipeTables } from "./pipeTables";

export function findTables(doc: TextDocumentModel): Table[] {
  // Earlier finders have the surer evidence (bars, commas); later ones skip the lines they took.
  const taken = new Set<number>();
  const found: RawTable[] = [];
  for (const finder of [findPipeTables, findCsvTables, findAlignedTables, findFlattenedTables]) {
    for (const t of finder(doc)) {
      if (t.lines.some((l) => taken.has(l))) continue;
      for (const l of t.lines) taken.add(l);
      found.push(t);
    }
  }
  return found.sort((a, b) => a.lines[0] - b.lines[0]).map((t) => toTable(doc, t));
}

function isFirstColumnEmpty(cells: RawCell[], columns: number[]): boolean {
  for (let i = 0; i < cells.length; i++) if (columns[i] === 0 && cells[i].text !== "") return false;
  return true;
}

function toTable(doc: TextDocumentModel, raw: RawTable): Table {
  const columns = assignColumns(raw.rows);
  // A loop, not Math.max(...rows): a table of 200k rows would overflow the argument list.
  const width = columns.reduce((w, row) => row.reduce((x, c) => Math.max(x, c + 1), w), 0);
  const cellsOf = (r: number): TableCell[] => {
    const base = doc.lineStart(raw.lines[r]);
    return raw.rows[r].map((c, i) => ({
      row: r, column: columns[r][i], text: c.text, span: { start: base + c.start, end: base + c.end },
    }));
  };
  // Flattened rows were mapped onto columns by their values; their header is one line.
  const headerRows = raw.layout === "flattened" ? 1 : countHeaderRows(raw.rows, raw.ruleAfter ?? 0, (r) => isFirstColumnEmpty(raw.rows[r], columns[r]));
  const header: TableCell[] = [];
  for (let r = 0; r < headerRows; r++) header.push(...cellsOf(r));
  // Header lines join per column, top to bottom ("Train" over "time (h)" -> "Train time (h)").
  const columnHeaders = Array.from({ length: width }, (_, col) => header.filter((c) => c.column === col && c.text).map((c) => c.text).join(" "));
  const rows = raw.rows.slice(headerRows).map((_, i) => cellsOf(i + headerRows));
  const span = { start: doc.lineStart(raw.lines[0]), end: doc.lineEnd(raw.lines[raw.lines.length - 1]) };
  return { span, range: doc.rangeOf(span), layout: raw.layout, columnHeaders, rows };
}
