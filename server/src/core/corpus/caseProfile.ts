// Which words are names: a word counts as an entity when, across the analysed text, it is
// written capitalised in mid-sentence at least as often as lower-case ("Frontier", "Opacus",
// not "Training", which a title or a sentence start capitalises but prose writes lower-case).

export interface CaseProfile {
  /** Lower-cased word → times seen capitalised mid-sentence. */
  capitalised: Map<string, number>;
  /** Lower-cased word → times seen lower-case. */
  lower: Map<string, number>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}]*/gu;
/** Capitalised for reasons other than being a name, or names of dates. */
const NOT_ENTITIES = new Set([
  "i", "a", "the", "we", "our", "it", "this", "that", "these", "in", "on", "for", "with",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "figure", "table", "section", "episode", "part", "step", "version",
  // Acronyms of kinds of thing, not of one thing: "GPU" is no subject a figure could be about.
  "gpu", "cpu", "tpu", "ai", "ml", "api", "llm", "nlp", "gb", "mb", "tb", "kb", "ram", "ssd", "ceo",
]);

export function createCaseProfile(): CaseProfile {
  return { capitalised: new Map(), lower: new Map() };
}

function bump(map: Map<string, number>, key: string): void { map.set(key, (map.get(key) ?? 0) + 1); }

/** Adds one text's word cases to `profile` (linear; one regex pass). */
export function addToCaseProfile(profile: CaseProfile, text: string): void {
  for (const m of text.matchAll(WORD)) {
    const word = m[0], first = word[0];
    if (first !== first.toUpperCase()) { bump(profile.lower, word.toLowerCase()); continue; }
    if (first === first.toLowerCase()) continue; // digits, scripts without case
    // Mid-sentence: the previous non-space character is a letter, digit or comma.
    let i = (m.index ?? 0) - 1;
    while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
    if (i >= 0 && /[\p{Ll}\p{N},;]/u.test(text[i])) bump(profile.capitalised, word.toLowerCase());
  }
}

/** Whether `word` (as written) names something: inner capitals or digits ("DeepSpeed", "A100",
 * "NVIDIA") always do; a plain capitalised word does when the profile says so. */
export function isEntityWord(profile: CaseProfile, word: string): boolean {
  const key = word.toLowerCase();
  if (NOT_ENTITIES.has(key) || NOT_ENTITIES.has(key.replace(/s$/, "")) || word.length < 2) return false;
  if (/^\p{L}.*(?:\p{Lu}|\p{N})/u.test(word)) return true;
  if (word[0] === word[0].toLowerCase()) return false;
  const caps = profile.capitalised.get(key) ?? 0;
  return caps > 0 && caps >= (profile.lower.get(key) ?? 0);
}
