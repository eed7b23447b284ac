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
  return isNameKey(profile, key);
}

/** The profile key whose counts decide whether `word` is a name, or null when the word's
 * spelling alone decides (an incremental index re-checks a statement only when its keys flip). */
export function profileKeyOf(word: string): string | null {
  const key = word.toLowerCase();
  if (NOT_ENTITIES.has(key) || NOT_ENTITIES.has(key.replace(/s$/, "")) || word.length < 2) return null;
  if (/^\p{L}.*(?:\p{Lu}|\p{N})/u.test(word)) return null;
  return word[0] === word[0].toLowerCase() ? null : key;
}

/** Whether a plain capitalised word with this lower-cased key counts as a name. */
export function isNameKey(profile: CaseProfile, key: string): boolean {
  const caps = profile.capitalised.get(key) ?? 0;
  return caps > 0 && caps >= (profile.lower.get(key) ?? 0);
}

/** One block's word cases in flat form (a map per block would cost far more memory). */
export interface CaseCounts { keys: string[]; capitalised: Int32Array; lower: Int32Array }

export function countCases(text: string): CaseCounts {
  const profile = createCaseProfile();
  addToCaseProfile(profile, text);
  const keys = [...profile.lower.keys()];
  for (const key of profile.capitalised.keys()) if (!profile.lower.has(key)) keys.push(key);
  return {
    keys,
    capitalised: Int32Array.from(keys, (k) => profile.capitalised.get(k) ?? 0),
    lower: Int32Array.from(keys, (k) => profile.lower.get(k) ?? 0),
  };
}

function addCount(map: Map<string, number>, key: string, n: number): void {
  if (n === 0) return;
  const next = (map.get(key) ?? 0) + n;
  if (next === 0) map.delete(key); else map.set(key, next);
}

/** Adds (sign 1) or takes back (sign -1) a block's counts; `touched` sees each key before it changes. */
export function mergeCaseCounts(target: CaseProfile, counts: CaseCounts, sign: 1 | -1, touched: (key: string) => void): void {
  counts.keys.forEach((key, i) => {
    touched(key);
    addCount(target.capitalised, key, sign * counts.capitalised[i]);
    addCount(target.lower, key, sign * counts.lower[i]);
  });
}
