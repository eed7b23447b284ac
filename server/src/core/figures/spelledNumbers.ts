// Spelled-out numbers ("two ways", "three months", "threefold") and vague amounts ("thousands of
// policies"): optional figures, reported only when the caller asks for optional figures.
import { newDraft, type FigureDraft } from "./figureDraft";
import { readCountedNoun } from "./countedNoun";
import { readUnit } from "./units";

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const SPELLED = new RegExp(
  "\\b(?:(a|an)\\s+)?(" + Object.keys(UNITS).join("|") + ")(?:-(one|two|three|four|five|six|seven|eight|nine))?" +
    "(?:\\s+(hundred|thousand|million|billion|trillion))?(fold)?\\b",
  "giu",
);
const VAGUE = /\b(?:a\s+(?:few|couple of)|dozens|hundreds|thousands|millions|billions|trillions)(?:\s+of)?\b/giu;

export function scanSpelledNumbers(line: string): FigureDraft[] {
  const out: FigureDraft[] = [];
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(line); m; m = SPELLED.exec(line)) {
    const word = m[2].toLowerCase();
    let value = UNITS[word] + (m[3] ? UNITS[m[3].toLowerCase()] : 0);
    if (m[4]) value *= SCALES[m[4].toLowerCase()];
    const end = m.index + m[0].length;
    if (m[5]) { out.push(draft(m.index, end, value, "x", "multiplier")); continue; }
    const unit = readUnit(line, end);
    if (unit && unit.dimension !== "multiplier") { out.push(draft(m.index, unit.end, value, unit.unit, unit.dimension)); continue; }
    // A spelled number counts something only when a noun follows: "two ways", not "one of".
    const noun = readCountedNoun(line, end);
    if (noun && (word !== "one" || !m[1])) out.push(draft(m.index, noun.end, value, noun.noun, "count"));
  }
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(line); m; m = VAGUE.exec(line)) {
    const noun = readCountedNoun(line, m.index + m[0].length);
    if (noun) out.push(draft(m.index, noun.end, null, noun.noun, "count"));
  }
  return out.sort((a, b) => a.start - b.start);
}

function draft(start: number, end: number, value: number | null, unit: string, dimension: FigureDraft["dimension"]): FigureDraft {
  return newDraft(start, end, value, unit, dimension, null, "optional");
}
