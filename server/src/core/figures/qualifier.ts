// Qualifiers that bound a number, canonicalised to the five forms of the model:
// "more than", "less than", "up to", "at least", "about".
import type { Qualifier } from "../model";

const CANONICAL: Record<string, Qualifier> = {
  "more than": "more than", "over": "more than", "above": "more than", "greater than": "more than",
  "exceeding": "more than", "in excess of": "more than", "upwards of": "more than", "just over": "more than",
  "well over": "more than", "well above": "more than", "north of": "more than", "beyond": "more than",
  "larger than": "more than", "higher than": "more than", ">": "more than", "≫": "more than",
  "less than": "less than", "under": "less than", "below": "less than", "fewer than": "less than",
  "just under": "less than", "smaller than": "less than", "lower than": "less than", "<": "less than",
  "up to": "up to", "as many as": "up to", "as much as": "up to", "at most": "up to", "no more than": "up to",
  "≤": "up to", "<=": "up to", "a maximum of": "up to", "maximum of": "up to",
  "at least": "at least", "no less than": "at least", "no fewer than": "at least", "a minimum of": "at least",
  "minimum of": "at least", "≥": "at least", ">=": "at least",
  "about": "about", "nearly": "about", "approximately": "about", "approx.": "about", "approx": "about",
  "roughly": "about", "around": "about", "almost": "about", "some": "about", "circa": "about", "ca.": "about",
  "close to": "about", "an estimated": "about", "estimated": "about", "~": "about", "≈": "about", "∼": "about",
  "≃": "about", "≅": "about",
};

// Longest forms first so "no more than" wins over "more than". Symbols may touch the number.
const BEFORE = new RegExp(
  "(?:^|[^\\p{L}])(" +
    Object.keys(CANONICAL).sort((a, b) => b.length - a.length).map(escapeForRegex).join("|") +
    ")[ \\u00a0]*$",
  "iu",
);

function escapeForRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Longest qualifier is 13 characters; the window is bounded so the lookback stays O(1). */
const WINDOW = 24;

export interface QualifierMatch { qualifier: Qualifier; start: number }

/** The qualifier that ends right before `at` (spaces allowed between), or null. */
export function readQualifierBefore(text: string, at: number): QualifierMatch | null {
  const from = Math.max(0, at - WINDOW);
  const m = BEFORE.exec(text.slice(from, at));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { qualifier: CANONICAL[m[1].toLowerCase()], start };
}

// Qualifiers that follow: "50% or more", "100+ users", "5 or fewer".
const AFTER = /(\+(?![\d\p{L}])|[ \u00a0](?:or|and) (?:more|greater|higher|above|over|less|fewer|lower|below|under)(?![\p{L}]))/uy;

export function readQualifierAfter(text: string, at: number): { qualifier: Qualifier; end: number } | null {
  AFTER.lastIndex = at;
  const m = AFTER.exec(text);
  if (!m) return null;
  const atLeast = m[1] === "+" || /more|greater|higher|above|over/.test(m[1]);
  return { qualifier: atLeast ? "at least" : "up to", end: at + m[0].length };
}
