// Test helper: finds tables in an invented fixture and compares their layout, line range,
// column headers and body cells (by column) with the expected ones.
import assert from "node:assert/strict";
import { createTextModel } from "../../../server/src/core/document";
import { findTables } from "../../../server/src/core/tables";

export interface ExpectedTable {
  layout: "pipe" | "aligned" | "flattened";
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
