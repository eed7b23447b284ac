// Documents made of one short unit repeated into long lines: the inputs that expose quadratic
// work inside a line (a growing "previous piece", a regex rescanning a prefix), which random
// text of a few KB never reaches. Each is ~1 MB in lines just under the sentence splitter's
// 20,000-character long-line cut-off, where the per-line Intl.Segmenter path still runs.
import fc from "fast-check";

const LINE_CHARS = 19_990;
const DOCUMENT_CHARS = 1_000_000;

/** Units chosen for the merge rules of sentence splitting and the figure scanner. */
const FIXED_UNITS = ["J. ", "U.S. ", "a. ", "e.g. ", "… a ", "1,", "1–", "1 ± ", "12.5x ", "$3 million ", "| 1 ", "up to ", "(", "Read More ", "Ada Marsh: "];

const TOKENS = ["J.", "U.S.", "1", ",", ".", " ", "|", "$", "%", "±", "–", "(", ")", "a", "A", "…", "\t", "up to", "GB", "x", ":", "\"", "e.g.", "🌊"];
const randomUnit = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 4 }).map((t) => t.join(""));

export interface RepetitionCase { unit: string; text: string }

/** The fixed units plus `randomCount` random ones (deterministic for a seed). */
export function listRepetitionCases(seed: number, randomCount: number): RepetitionCase[] {
  const units = [...FIXED_UNITS, ...fc.sample(randomUnit, { numRuns: randomCount, seed })];
  return units.map((unit) => {
    const line = unit.repeat(Math.max(1, Math.floor(LINE_CHARS / unit.length)));
    return { unit, text: (line + "\n").repeat(Math.max(1, Math.floor(DOCUMENT_CHARS / (line.length + 1)))) };
  });
}
