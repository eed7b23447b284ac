// Whether two statements of one quantity agree: each figure stands for the interval of true
// values its wording allows (rounding of the digits written, ±, a range, a qualifier), and two
// figures agree when their intervals overlap. So 1.3B and 1,300 million agree, 1.3B and 1.27B
// agree (1.27B rounds to 1.3B), 37,000 and 36,000 do not.
import type { Figure } from "../model";

/** Relative widening for "about"/"nearly"/"roughly": a writer hedging usually means within 10%. */
export const ABOUT_TOLERANCE = 0.1;

export interface ValueInterval { low: number; high: number }

/** Half of the last written digit's place, in the figure's own scale ("1.3B" → 0.05e9;
 * "37,000" → 500: trailing zeros of an integer are taken as rounding, keeping ≥ 2 significant
 * digits so "100 GPUs" is not read as "anything from 50 to 150"). */
function roundingHalfUnit(figure: Figure): number {
  const literal = /\d[\d,]*(?:\.\d+)?/.exec(figure.text);
  if (!literal || figure.value === null) return 0;
  const digits = literal[0].replace(/,/g, "");
  const written = Number(digits);
  if (!Number.isFinite(written) || written === 0) return 0;
  const scale = Math.abs(figure.value / written);
  const dot = digits.indexOf(".");
  if (dot >= 0) return 0.5 * Math.pow(10, -(digits.length - dot - 1)) * scale;
  const trailingZeros = digits.length - digits.replace(/0+$/, "").length;
  const places = Math.max(0, Math.min(trailingZeros, digits.length - 2));
  return 0.5 * Math.pow(10, places) * scale;
}

export function toValueInterval(figure: Figure): ValueInterval | null {
  if (figure.value === null || !Number.isFinite(figure.value)) return null;
  const half = roundingHalfUnit(figure) + (figure.plusMinus ?? 0);
  let low = figure.value - half;
  let high = (figure.valueHigh ?? figure.value) + half;
  switch (figure.qualifier) {
    case "about": {
      const spread = Math.max(half, ABOUT_TOLERANCE * Math.abs(figure.value));
      low = figure.value - spread;
      high = (figure.valueHigh ?? figure.value) + spread;
      break;
    }
    case "more than": case "at least": high = Infinity; break;
    case "up to": case "less than": low = -Infinity; break;
  }
  return { low, high };
}

/** Overlap with a little room for floating-point error; merely touching intervals
 * (37,000 vs 36,000 share only 36,500) do not agree. */
export function doIntervalsAgree(a: ValueInterval, b: ValueInterval): boolean {
  const overlap = Math.min(a.high, b.high) - Math.max(a.low, b.low);
  const scale = Math.max(Math.abs(a.low), Math.abs(a.high), Math.abs(b.low), Math.abs(b.high), 1);
  const epsilon = 1e-9 * (Number.isFinite(scale) ? scale : 1);
  // A figure with no rounding room (a zero, or no digits found) is a point: equal values agree.
  const isPoint = a.low === a.high || b.low === b.high;
  return isPoint ? overlap >= -epsilon : overlap > epsilon;
}
