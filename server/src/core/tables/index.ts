// Tables: pipe, whitespace-aligned and single-space flattened tables -> cells with row and
// column headers.
// The first row gives the column headers; `rows` holds the body rows, one cell per column.
import type { Table, TableCell } from "../model";
import type { TextDocumentModel } from "../document";
import { assignColumns, findAlignedTables, type RawTable } from "./alignedTables";
import { findFlattenedTables } from "./flattenedTables";
import { findPipeTables } from "./pipeTables";

export function findTables(doc: TextDocumentModel): Table[] {
  const pipe = findPipeTables(doc);
  const pipeLines = new Set(pipe.flatMap((t) => t.lines));
  const aligned = findAlignedTables(doc).filter((t) => !t.lines.some((l) => pipeLines.has(l)));
  const taken = new Set([...pipeLines, ...aligned.flatMap((t) => t.lines)]);
  const flattened = findFlattenedTables(doc).filter((t) => !t.lines.some((l) => taken.has(l)));
  return [...pipe, ...aligned, ...flattened].sort((a, b) => a.lines[0] - b.lines[0]).map((t) => toTable(doc, t));
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
  const header = cellsOf(0);
  const columnHeaders = Array.from({ length: width }, (_, col) => header.filter((c) => c.column === col).map((c) => c.text).join(" "));
  const rows = raw.rows.slice(1).map((_, i) => cellsOf(i + 1));
  const span = { start: doc.lineStart(raw.lines[0]), end: doc.lineEnd(raw.lines[raw.lines.length - 1]) };
  return { span, range: doc.rangeOf(span), layout: raw.layout, columnHeaders, rows };
}
