// Copies of the items an edit moves (everything after it: thousands of figures and claims in a
// 5 MB file), built field by field in the same order as the stages build them. One copy site
// per kind that makes one object shape: a spread sees every shape that items reached through
// earlier edits and ran ~10× slower. flatMover checks that no other field holds a position;
// ITEM_KEYS checks that every field is copied (shiftedCopy's generic walk is the reference).
import type { Claim, Figure, Problem, Table, TableCell } from "../model";
import { flatMover, shiftRange, shiftSpan, type Shift } from "./shiftedCopy";

export const moveClaim = flatMover((c: Claim, s: Shift): Claim => ({
  text: c.text, span: shiftSpan(c.span, s.offset), range: shiftRange(c.range, s.lines),
  kind: c.kind, reasons: c.reasons, confidence: c.confidence, article: c.article,
}));

export const moveFigure = flatMover((f: Figure, s: Shift): Figure => {
  const out: Figure = {
    text: f.text, span: shiftSpan(f.span, s.offset), range: shiftRange(f.range, s.lines),
    value: f.value, unit: f.unit, dimension: f.dimension, qualifier: f.qualifier, tier: f.tier,
  };
  // Optional fields are absent, never undefined, as figures/index.ts makes them.
  if (f.valueHigh !== undefined) out.valueHigh = f.valueHigh;
  if (f.plusMinus !== undefined) out.plusMinus = f.plusMinus;
  if (f.cell !== undefined) out.cell = f.cell;
  return out;
});

export const moveProblem = flatMover((p: Problem, s: Shift): Problem => ({
  message: p.message, span: shiftSpan(p.span, s.offset), range: shiftRange(p.range, s.lines), code: p.code,
}));

/** Tables hold positions in their cells too (flatMover would refuse them): each cell moves. */
export function moveTable(t: Table, s: Shift): Table {
  return {
    span: shiftSpan(t.span, s.offset), range: shiftRange(t.range, s.lines), layout: t.layout, columnHeaders: t.columnHeaders,
    rows: t.rows.map((row) => row.map((c): TableCell => ({ row: c.row, column: c.column, text: c.text, span: shiftSpan(c.span, s.offset) }))),
  };
}

/** Every field of each kind, as the movers above copy them: a field added to the model and not
 * listed here fails to compile (see the unit test, which compares the movers with copyShifted). */
export const ITEM_KEYS = {
  claim: listAllKeys<Claim>()(["text", "span", "range", "kind", "reasons", "confidence", "article"]),
  figure: listAllKeys<Figure>()(["text", "span", "range", "value", "unit", "dimension", "qualifier", "tier", "valueHigh", "plusMinus", "cell"]),
  problem: listAllKeys<Problem>()(["message", "span", "range", "code"]),
  table: listAllKeys<Table>()(["span", "range", "layout", "columnHeaders", "rows"]),
  cell: listAllKeys<TableCell>()(["row", "column", "text", "span"]),
};

/** Accepts a key list only when it names every key of T. */
function listAllKeys<T>() {
  return <K extends readonly (keyof T)[]>(keys: [Exclude<keyof T, K[number]>] extends [never] ? K : never): K => keys;
}
