// Figure scoring with the matching rule of shared/tools/score.mjs: a prediction matches a gold
// item when their character ranges overlap on the same line; optional-tier gold items count
// neither way; unmatched predictions inside the annotated lines are false positives.
import type { Prediction, PredictedItem } from "./prediction";

export interface GoldFigure { line: number; text: string; value: number | null; tier?: string; occurrence?: number }
export interface GoldFile { annotatedLines: [number, number]; figures: GoldFigure[] }
export interface Counts { tp: number; fp: number; fn: number; valueOk: number }

/** [start, end) of the n-th occurrence of text in line, or null. */
function spanOf(line: string, text: string, occurrence = 1): [number, number] | null {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = line.indexOf(text, at + 1);
  return at < 0 ? null : [at, at + text.length];
}

/** Counts for one file; add them up over files with addCounts. */
export function scoreFile(gold: GoldFile, lines: string[], predictions: Prediction[]): Counts {
  const byLine = new Map<number, Prediction[]>();
  for (const p of predictions) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  const matched = new Set<PredictedItem>();
  const c: Counts = { tp: 0, fp: 0, fn: 0, valueOk: 0 };
  for (const g of gold.figures) {
    const span = spanOf(lines[g.line - 1] ?? "", g.text, g.occurrence ?? 1);
    const cands = (byLine.get(g.line) ?? []).filter((p) => span && p.span[0] < span[1] && span[0] < p.span[1]);
    cands.forEach((p) => matched.add(p.item));
    if (g.tier === "optional") continue;
    if (!cands.length) { c.fn++; continue; }
    c.tp++;
    const want = g.value ?? NaN;
    if (cands.some((p) => p.item.value != null && Math.abs(p.item.value - want) <= 1e-9 * Math.max(1, Math.abs(want)))) c.valueOk++;
  }
  const [first, last] = gold.annotatedLines;
  for (const p of predictions) {
    if (p.line < first || p.line > last || matched.has(p.item)) continue;
    c.fp++;
    matched.add(p.item);
  }
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, valueOk: a.valueOk + b.valueOk };
}
