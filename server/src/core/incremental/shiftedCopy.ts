// Copies analysis items with every span moved by an offset and every range by a number of
// lines. Generic over the item shape, so fields added to the model later move along too; item
// kinds whose only positions are `span` and `range` have fast movers, checked by their type.
import type { Position, Range, Span } from "../model";

export interface Shift { offset: number; lines: number }

export function copyShifted<T>(value: T, shift: Shift): T {
  if (shift.offset === 0 && shift.lines === 0) return value;
  return shiftValue(value, shift) as T;
}

/** A value's type holds a span or a range somewhere inside (`true` when any union member does). */
type HoldsPosition<V> = V extends Span | Range ? true
  : V extends readonly (infer E)[] ? HoldsPosition<E>
    : V extends object ? (true extends { [K in keyof V]-?: HoldsPosition<V[K]> }[keyof V] ? true : false)
      : false;

/** An item whose other fields hold no span or range (claims, figures, problems): a kind that
 * gains one fails to type-check at its flatMover instead of keeping stale offsets. */
export type FlatItem<T> = { [K in keyof T]: K extends "span" ? Span : K extends "range" ? Range : true extends HoldsPosition<T[K]> ? never : T[K] } & { span: Span; range: Range };

export type Mover<T> = (item: T, shift: Shift) => T;

/**
 * A copyShifted for one flat item kind, given as its own function literal (a shallow copy with
 * shiftSpan and shiftRange): an edit moves thousands of items, and one copy site shared by all
 * kinds sees every item shape and runs several times slower than one site per kind.
 */
export function flatMover<T extends FlatItem<T>>(move: Mover<T>): Mover<T> {
  return move;
}

export function shiftSpan(s: Span, offset: number): Span {
  return { start: s.start + offset, end: s.end + offset };
}

/** The range `lines` lines down; the same object when no line moved (ranges are shared). */
export function shiftRange(r: Range, lines: number): Range {
  return lines === 0 ? r : { start: movePosition(r.start, lines), end: movePosition(r.end, lines) };
}

function shiftValue(value: unknown, shift: Shift): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return shiftArray(value, shift);
  if (isSpan(value)) return shiftSpan(value, shift.offset);
  // Analyses share unchanged items already, so an unmoved range is shared rather than copied.
  if (isRange(value)) return shiftRange(value, shift.lines);
  // for…in over plain data: several times faster than Object.entries on the hot path.
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in source) {
    const v = source[k];
    out[k] = v === null || typeof v !== "object" ? v : shiftValue(v, shift);
  }
  return out;
}

/** Arrays of plain values (a claim's reasons, a table's headers) hold nothing to move: shared. */
function shiftArray(values: unknown[], shift: Shift): unknown[] {
  let i = 0;
  while (i < values.length && (values[i] === null || typeof values[i] !== "object")) i++;
  return i === values.length ? values : values.map((v) => shiftValue(v, shift));
}

function isSpan(v: object): v is Span {
  return typeof (v as Span).start === "number" && typeof (v as Span).end === "number";
}

function isRange(v: object): v is Range {
  const r = v as Range;
  return typeof r.start === "object" && r.start !== null && typeof r.start.line === "number" && typeof r.end?.line === "number";
}

function movePosition(p: Position, lines: number): Position {
  return { line: p.line + lines, character: p.character };
}
