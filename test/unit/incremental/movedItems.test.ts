// The field-by-field movers must give what the generic copyShifted gives for every item kind
// and shape, copy every field the model has (ITEM_KEYS), and leave the moved item untouched.
import { strict as assert } from "node:assert";
import { analyze } from "../../../server/src/core/analysis";
import { ITEM_KEYS, moveClaim, moveFigure, moveProblem, moveTable } from "../../../server/src/core/incremental/movedItems";
import { copyShifted, type Mover, type Shift } from "../../../server/src/core/incremental/shiftedCopy";
import type { Claim, Figure, Problem, Table } from "../../../server/src/core/model";
import { composeDocument } from "./layoutFixtures";

const SHIFTS: Shift[] = [{ offset: 26, lines: 0 }, { offset: -40, lines: -2 }, { offset: 3, lines: 1 }];
const range = { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } };

/** Each item moved equals its generic copy, keeps its key order, and the original is unchanged. */
function check<T extends object>(items: readonly T[], move: Mover<T>): void {
  assert.ok(items.length > 0, "no items to check");
  for (const shift of SHIFTS) {
    for (const item of items) {
      const before = JSON.stringify(item);
      const moved = move(item, shift);
      assert.deepStrictEqual(moved, copyShifted(item, shift));
      assert.deepEqual(Object.keys(moved), Object.keys(item));
      assert.equal(JSON.stringify(item), before);
    }
  }
}

describe("moved items", () => {
  // A table (figures with cells, a range in a cell) and figures with a range and a ± margin.
  const text = [composeDocument(7, "titled", 6), "| Site | Gain |\n|---|---|\n| North | 12% |\n| South | 3-5% |\n", "Latency held at 12.5 ± 0.3 ms and 40 to 60 ms for the rest.\n"].join("\n");
  const analysis = analyze(text, { includeOptionalFigures: true, minClaimConfidence: 0, outlineOnly: false });

  it("moves claims as copyShifted does", () => check(analysis.claims, moveClaim));
  it("moves figures of every shape as copyShifted does", () => {
    for (const key of ["cell", "valueHigh", "plusMinus"]) assert.ok(analysis.figures.some((f) => key in f), `no figure with ${key}`);
    check(analysis.figures, moveFigure);
  });
  it("moves tables and their cells as copyShifted does", () => check(analysis.tables, moveTable));
  it("moves problems as copyShifted does", () => check<Problem>([{ message: "m", span: { start: 5, end: 9 }, range, code: "c" }], moveProblem));

  // Items holding every field the model has: a field a mover forgets is missing from its copy.
  it("copies every field of a claim", () => {
    const claim: Claim = { text: "t", span: { start: 1, end: 2 }, range, kind: "result", reasons: ["figure"], confidence: 0.5, article: 0 };
    assert.deepEqual(Object.keys(moveClaim(claim, SHIFTS[0])).sort(), [...ITEM_KEYS.claim].sort());
  });
  it("copies every field of a figure", () => {
    const figure: Figure = { text: "t", span: { start: 1, end: 2 }, range, value: 1, valueHigh: 2, plusMinus: 0.5, unit: "%", dimension: "percent", qualifier: null, tier: "required", cell: { rowHeader: "r", columnHeader: "c" } };
    assert.deepEqual(Object.keys(moveFigure(figure, SHIFTS[0])).sort(), [...ITEM_KEYS.figure].sort());
  });
  it("copies every field of a problem", () => {
    const problem: Problem = { message: "m", span: { start: 1, end: 2 }, range, code: "c" };
    assert.deepEqual(Object.keys(moveProblem(problem, SHIFTS[0])).sort(), [...ITEM_KEYS.problem].sort());
  });
  it("copies every field of a table and its cells", () => {
    const table: Table = { span: { start: 1, end: 9 }, range, layout: "pipe", columnHeaders: ["a"], rows: [[{ row: 0, column: 0, text: "a", span: { start: 1, end: 2 } }]] };
    const moved = moveTable(table, SHIFTS[0]);
    assert.deepEqual(Object.keys(moved).sort(), [...ITEM_KEYS.table].sort());
    assert.deepEqual(Object.keys(moved.rows[0][0]).sort(), [...ITEM_KEYS.cell].sort());
  });
});
