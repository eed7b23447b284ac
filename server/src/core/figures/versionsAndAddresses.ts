// Bare numbers that name rather than measure: a house number in a street address ("18 Harbour
// Row, Leith"), a version after an upgrade word ("Upgrades from 4.0 and 4.1") or after the name
// a release announcement gives ("Announcing logtrim 0.9"), a numbered field ("Message: 2").

// The last word of a street name. Capitalised, as street names are written; a lower-case
// "road" or "lane" is an ordinary noun ("3 lane changes").
const STREET_WORDS = "Row|Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Place|Pl|Square|Sq|Way|Court|Ct|Terrace|Crescent|Close|Quay|Wharf|Parkway|Mews|Gardens|Walk|Alley|Strasse|Straße|Plaza";
// One to three capitalised words ending in a street word, then the end of the name: a comma,
// stop, bracket or the line end. A lower-case word after it ("3 Main Street stores") makes the
// street a modifier of a counted noun, and the number a count. Bounded: at most 3 words of 30.
const STREET_AFTER = new RegExp(`^[ \\u00a0](?:\\p{Lu}[\\p{L}'’-]{0,30}[ \\u00a0]){0,2}(?:${STREET_WORDS})\\.?(?=$|[,;:)\\]]|[.][ \\u00a0]|[.]$|[ \\u00a0]+(?:\\p{Lu}|\\d|[–—-]|$))`, "u");

/** A bare whole number (a letter may follow: "18a") before a street name is a house number. */
export function isHouseNumber(line: string, token: string, end: number): boolean {
  if (token.length > 5 || !/^\d+$/.test(token)) return false;
  const at = /[a-z]/.test(line[end] ?? "") && !/[a-z]/.test(line[end + 1] ?? "") ? end + 1 : end;
  return STREET_AFTER.test(line.slice(at, at + 100));
}

// Words that move software between versions; "from"/"to" after one of them introduces a
// version ("upgrades from 4.0", "migrating to 2.3"), where after "fell" or "rose" it is a value.
const VERSION_CHANGE = /^(?:upgrad|updat|migrat|downgrad|releas|version|port(?:ed|ing|s)?$|backport)/iu;
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[ \u00a0]+(?:from|to)[ \u00a0]+$/u;

/**
 * A bare decimal ("4.0", "2.13") right after "from"/"to" that follows an upgrade or release
 * word is a version. Only decimals: "upgrade to 16" may be a count, and units or counted nouns
 * ("upgrade to 2.5 GB") have already made the number a quantity before this is asked.
 */
export function isVersionAfterChange(line: string, token: string, start: number): boolean {
  if (!/^\d+\.\d+$/.test(token)) return false;
  // 40 characters hold the word and the preposition; a longer word is not an upgrade word.
  const m = PREPOSITION_BEFORE.exec(line.slice(Math.max(0, start - 40), start));
  return m !== null && VERSION_CHANGE.test(m[1]);
}

// Announcements name the product, then its version: "Announcing logtrim 0.9", "Introducing
// Tern 2.1", "We released pgsnap 1.4". One name word (up to 30 characters) between the verb and
// the number; a measure needs a unit or noun after it, which a bare number here lacks.
const RELEASE_NAME_BEFORE = /(?:^|[^\p{L}])(?:announc|introduc|releas|launch|ship)\p{L}*[ \u00a0]+[\p{L}][\p{L}\p{N}._-]{0,30}[ \u00a0]+$/iu;

/** A bare decimal after "Announcing NAME" (and kin) is the version released. */
export function isReleasedVersion(line: string, token: string, start: number): boolean {
  if (!/^\d+\.\d+$/.test(token)) return false;
  return RELEASE_NAME_BEFORE.test(line.slice(Math.max(0, start - 50), start));
}

// Numbered fields of mail digests and listings, alone on their line: "Message: 2", "Entry: 14".
const NUMBERED_FIELD = /^\s*(?:message|entry|item|post|issue|episode|part|chapter|no|number|submission|comment)\s*:\s*$/i;

/** A whole number that ends its line after "Message:" and kin numbers the item. */
export function isNumberedField(line: string, start: number, end: number): boolean {
  return end - start <= 6 && /^\s*$/.test(line.slice(end)) && start <= 20 && NUMBERED_FIELD.test(line.slice(0, start));
}
