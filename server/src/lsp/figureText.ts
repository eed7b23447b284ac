// How a figure is written out for people: value with thousands separators and a magnitude
// name, unit, range and ±. Shared by hovers, inlay hints and the figures view.
import type { Figure } from "../core/model";

const MAGNITUDES: [number, string][] = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"], [1e3, "thousand"]];

export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** "1,300,000,000 (1.3 billion)" for large magnitudes, else the plain number. */
export function spellValue(value: number): string {
  const abs = Math.abs(value);
  for (const [size, name] of MAGNITUDES) {
    if (abs >= size && size >= 1e6) return `${formatNumber(value)} (${formatNumber(value / size)} ${name})`;
  }
  return formatNumber(value);
}

export function describeQuantity(figure: Figure): string {
  if (figure.value === null) return "an amount that is not stated";
  let out = spellValue(figure.value);
  if (figure.valueHigh !== undefined) out += ` – ${spellValue(figure.valueHigh)}`;
  if (figure.plusMinus !== undefined) out += ` ± ${formatNumber(figure.plusMinus)}`;
  if (figure.unit) out += ` ${figure.unit}`;
  return out;
}
