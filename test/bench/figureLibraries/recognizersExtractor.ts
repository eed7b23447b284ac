// @microsoft/recognizers-text-number-with-unit (plus its number sub-package), English culture.
// Models are built once and reused: the recognizeX() helpers rebuild a recognizer per call,
// which would make the throughput figure measure setup, not recognition.
import { Culture, NumberWithUnitRecognizer } from "@microsoft/recognizers-text-number-with-unit";
import { NumberRecognizer } from "@microsoft/recognizers-text-number";
import type { FigureExtractor, Prediction } from "./prediction";

const units = new NumberWithUnitRecognizer(Culture.English);
const numbers = new NumberRecognizer(Culture.English);
// Unit families first: on overlaps the longest match wins, so "$3 million" beats "3 million".
const models = [
  units.getDimensionModel(), units.getCurrencyModel(), units.getAgeModel(), units.getTemperatureModel(),
  numbers.getPercentageModel(), numbers.getNumberModel(),
];

interface Match { start: number; end: number; text: string; value: number | null }

/** Parses "1024", "45%", "3200000"; anything else (missing, "half", …) is no value. */
function parseValue(resolution: { value?: unknown } | undefined): number | null {
  const v = Number(String(resolution?.value ?? "").replace(/%$/, ""));
  return resolution?.value != null && Number.isFinite(v) ? v : null;
}

/** All models' results on one line, overlaps resolved longest-first (then leftmost). */
export function recognizeLine(line: string): Match[] {
  const all: Match[] = [];
  for (const m of models) {
    for (const r of m.parse(line)) {
      all.push({ start: r.start, end: r.end + 1, text: line.slice(r.start, r.end + 1), value: parseValue(r.resolution) });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of all) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}

export const recognizersExtractor: FigureExtractor = {
  name: "@microsoft/recognizers-text (number + number-with-unit)",
  extract(text) {
    const out: Prediction[] = [];
    text.split("\n").forEach((line, i) => {
      for (const m of recognizeLine(line)) out.push({ line: i + 1, span: [m.start, m.end], item: { text: m.text, value: m.value } });
    });
    return out;
  },
  run(text) {
    // Line by line, as in extract(): the library is built for short utterances; one model took
    // 34 s on a whole 60 KB file against 1 s for the same file line by line.
    for (const line of text.split("\n")) if (line.trim()) recognizeLine(line);
  },
};
