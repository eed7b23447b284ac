// Test helper: finds tables in an invented fixture and compares their layout, line range,
// column headers and body cells (by column) with the expected ones.
import assert from "node:assert/strict";
import { createTextModel } from "../../../server/src/core/document";
import { findTables } from "../../../server/src/core/tables";
import { isNumericCell } from "../../../server/src/core/tables/headerRows";
import type { Table } from "../../../server/src/core/model";

export interface ExpectedTable {
  layout: Table["layout"];
  lines: [number, number];
  columnHeaders: string[];
  /** Body rows as cell texts indexed by column ("" where a row has no cell in that column). */
  rows: string[][];
}

export function check(fixture: string, expected: ExpectedTable[]): void {
  const doc = createTextModel(fixture);
  const found = findTables(doc).map((t) => {
    const width = t.columnHeaders.length;
    return {
      layout: t.layout,
      lines: [t.range.start.line, t.range.end.line] as [number, number],
      columnHeaders: t.columnHeaders,
      rows: t.rows.map((r) => Array.from({ length: width }, (_, col) => r.filter((c) => c.column === col).map((c) => c.text).join(" "))),
    };
  });
  assert.deepEqual(found, expected);
  for (const t of findTables(doc)) {
    for (const cell of t.rows.flat()) assert.equal(fixture.slice(cell.span.start, cell.span.end), cell.text, "cell span matches text");
  }
}

/**
 * What a hover shows for each numeric body cell, as "row header / column header = cell"
 * (the row header is the row's first cell, as figures/index.ts reads it).
 */
export function checkContext(fixture: string, expected: string[]): void {
  const found: string[] = [];
  for (const t of findTables(createTextModel(fixture))) {
    for (const row of t.rows) {
      for (const cell of row) if (isNumericCell(cell.text)) found.push(`${row[0]?.text ?? ""} / ${t.columnHeaders[cell.column]} = ${cell.text}`);
    }
  }
  assert.deepEqual(found, expected);
}
