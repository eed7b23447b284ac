// What is not a figure although it has digits: names and identifiers (GPT-3, A100, Figure 2,
// Dynamics 365), list and footnote markers, phone numbers, URLs, versions, math and citations.
import type { Span } from "../model";
import {
  AT_SIGN, BACKTICK, BIBLIO_HINT, BRACKET_BEFORE, DOLLAR, DOMAIN_SLASH, HASH_BEFORE, OPEN_PAREN, PHONE, PLUS_BEFORE, URL_HINT, VERSION,
} from "./lineFacts";
import { isAsciiLetter, isDigit, isLetterAt, isWordCharAt } from "./numberToken";

// Regions of a line whose digits are never figures. Each pattern is linear (no nested
// unbounded quantifiers) and runs only when its trigger, read with the line's facts in one
// pass (lineFacts.ts), is in the line; each trigger is implied by a match of its pattern.
interface Mask { trigger: number; pattern: RegExp; keep?: (match: string) => boolean }
const MASKS: Mask[] = [
  { trigger: URL_HINT, pattern: /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'\])]+/giu }, // URLs
  { trigger: AT_SIGN, pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu }, // e-mail addresses
  { trigger: DOMAIN_SLASH, pattern: /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|edu|gov|dev|app|co|uk|de|ly)\/[^\s<>"')\]]*/giu }, // bare domain paths
  { trigger: PHONE, pattern: /(?:\+?\d{1,3}[ .-])?(?:\(\d{3}\)[ .-]?|\b\d{3}[.-])\d{3}[.-]\d{4}\b/gu }, // phone numbers
  { trigger: PLUS_BEFORE, pattern: /\+\d{1,3}(?: \d{2,4}){2,4}\b/gu }, // international phone numbers written with spaces
  { trigger: BACKTICK, pattern: /`[^`\n]{1,200}`/gu }, // inline code
  { trigger: DOLLAR, pattern: /\$[^$\n]{1,300}\$/gu, keep: (m) => /[\\_^{}]/.test(m) }, // TeX math, not "$5 and $10"
  { trigger: BRACKET_BEFORE, pattern: /\[(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]/gu }, // citation brackets [12], [3, 4], [5–7]
  { trigger: OPEN_PAREN, pattern: /\(\s*-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+\s*\)/gu }, // coordinates and tuples "(0, 1)"
  // A reference's volume(issue) and pages: "12(3), 45–67", "58(4):1123-1140".
  { trigger: OPEN_PAREN, pattern: /\b\d{1,4}\(\d{1,4}\)(?:[,:][ \u00a0]?\d{1,6}(?:[–-]\d{1,6})?)?/gu },
  { trigger: BIBLIO_HINT, pattern: /\b(?:ISBN|ISSN|DOI|doi|arXiv|PMID)[:\s]*[\dX.\/-]+/gu }, // bibliographic ids
  { trigger: HASH_BEFORE, pattern: /#\d+\b/gu }, // issue numbers and ranks "#3"
  { trigger: VERSION, pattern: /\b\d+(?:\.\d+){2,}\b/gu }, // versions and addresses "1.2.3", "10.0.0.1"
];

/** Masked regions of a line; `facts` is readLineFacts(line). */
export function findMaskedSpans(line: string, facts: number): Span[] {
  const spans: Span[] = [];
  for (const { trigger, pattern, keep } of MASKS) {
    if ((facts & trigger) === 0) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      if (keep && !keep(m[0])) { pattern.lastIndex = m.index + 1; continue; }
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans.length > 1 ? spans.sort((a, b) => a.start - b.start) : spans;
}

/** Letters, digits or a "-" after a name right before the digits: "A100", "GPT-3", "EIA-0196217", "H.264". */
export function isGluedToName(line: string, start: number): boolean {
  if (isWordCharAt(line, start - 1)) return true;
  const c = line[start - 1];
  if (c === "." && isLetterAt(line, start - 2)) return true;
  if ((c === "-" || c === "‑" || c === "_") && isWordCharAt(line, start - 2)) return !isDigit(line.charCodeAt(start - 2));
  return false;
}

/** An operand of math or code: "K≥1", "t=0", "n^2", "x*3" (operator glued to a name). */
export function isMathOperand(line: string, start: number): boolean {
  const c = line[start - 1];
  if (c === undefined || !"=<>≥≤^*/+≠".includes(c)) return false;
  const before = line[start - 2];
  // "}" closes a TeX group: "^{circ}/100 m" is a unit's denominator.
  return before !== undefined && (isWordCharAt(line, start - 2) || before === ")" || before === "_" || before === "}");
}

/**
 * "1." / "2)" / "(3)" opening a line (after indentation, bullets, quote marks or a markdown
 * heading's "#"s: "## 2. Results") is a list or section marker.
 */
export function isListMarker(line: string, start: number, end: number): boolean {
  let i = 0;
  while (i < start && isMarkerLead(line, i)) i++;
  const open = line[i] === "(" ? 1 : 0;
  if (i + open !== start) return false;
  const after = line[end];
  const next = line[end + 1];
  if (after === ")" || (after === "." && !isDigit(line.charCodeAt(end + 1)))) return next === undefined || /\s/.test(next);
  return false;
}

const MARKER_LEAD = /[\s•*·▪◦‣–—>#-]/u;

/** Indentation, bullets, quote marks or "#"s before a list marker; ASCII answered by code. */
function isMarkerLead(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  if (c >= 128) return MARKER_LEAD.test(line[i]);
  return c === 32 || (c >= 9 && c <= 13) || c === 42 || c === 62 || c === 35 || c === 45; // \s * > # -
}

/** "… parts: 1) a scheme … and 2) a method": a small number closed by ")" mid-sentence. */
export function isInlineEnumerator(line: string, start: number, end: number): boolean {
  if (line[end] !== ")" || end - start > 2) return false;
  const before = line[start - 1];
  const opened = before === "(" ? line[start - 2] : before;
  return (opened === undefined || /[\s:;,]/.test(opened)) && /\s/.test(line[end + 1] ?? " ");
}

/** A footnote number glued after a word and its punctuation: "…as reported.3 Next". */
export function isFootnoteMarker(line: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  const c = line[start - 1];
  if (c === undefined || !".,;:”’\")".includes(c)) return false;
  if (!isLetterAt(line, start - 2) && !"”’\")".includes(line[start - 2] ?? "")) return false;
  return !isWordCharAt(line, end) && line[end] !== "%";
}

// Display resolutions named by their width in thousands ("4K display", "8K video"): a class
// of screen, not 4,000 of anything. Only the usual classes, and only before a screen noun.
const RESOLUTION = /^(?:2|4|5|8|16)K[ \u00a0-](?:UHD |HDR |Ultra HD |OLED |LCD )?(?:displays?|screens?|monitors?|TVs?|televisions?|video|videos|resolution|streaming|streams?|cameras?|content|footage|panels?|gaming|playback|textures?|versions?|editions?|remasters?|releases?|movies?|films?|upscal\w+)\b/u;

// A class written alone ("renders at 4K and 120 fps", "shoots 8K.") is a resolution too when the
// line is about video; "4K tokens" or "5K users" count something and are left alone.
const RESOLUTION_ALONE = /^(?:2|4|5|8|16)K(?:$|[,.;:)!?]|[ \u00a0](?:and|or|at|with|on|in|via|HDR|UHD|\d)\b)/u;
const VIDEO_CUE = /\b(?:fps|HDR\d*|UHD|\d{3,4}p|resolution|displays?|video|stream(?:s|ing)?|renders?|monitors?|TVs?|screens?|cameras?|records?|shoots?|playback)\b/iu;

export function isResolutionName(line: string, start: number): boolean {
  // The "K" follows one or two digits; checked before slicing for the pattern.
  if (line.charCodeAt(start + 1) !== 75 && line.charCodeAt(start + 2) !== 75) return false;
  const at = line.slice(start, start + 40);
  return RESOLUTION.test(at) || (RESOLUTION_ALONE.test(at) && hasVideoCue(line));
}

// The last line asked about: a long line with many "4K" tokens is scanned for a cue once.
let cueLine: string | null = null;
let cueFound = false;

function hasVideoCue(line: string): boolean {
  if (line !== cueLine) { cueLine = line; cueFound = VIDEO_CUE.test(line); }
  return cueFound;
}

// Nouns that name the thing numbered after them: "Figure 2", "Table 1", "part 3", "Sequence 9".
const NUMBERING_NOUNS = new Set([
  "figure", "figures", "fig", "figs", "table", "tables", "tab", "section", "sections", "sec", "chapter", "chapters",
  "part", "parts", "step", "steps", "episode", "episodes", "ep", "sequence", "season", "volume", "vol", "issue",
  "no", "nos", "number", "item", "items", "appendix", "equation", "equations", "eq", "eqs", "example", "lemma",
  "theorem", "corollary", "definition", "proposition", "algorithm", "page", "pages", "pp", "p", "line", "lines",
  "row", "column", "version", "release", "level", "round", "week", "day", "grade", "class", "type", "model",
  "series", "generation", "gen", "article", "rule", "paragraph", "track", "lecture", "lesson", "module", "unit",
  "exercise", "problem", "question", "task", "experiment", "case", "option", "scenario", "tier", "room", "floor",
  "route", "highway", "suite", "box", "act", "scene", "verse", "phase", "stage", "block", "slide", "listing",
  "panel", "box", "note", "footnote", "ref", "reference", "references", "claim", "claims", "patent", "grant",
  "award", "contract", "order", "id", "code", "window", "windows", "iphone", "ios", "android", "python", "java",
  "ubuntu", "macos", "rev", "revision", "build", "patch", "cve", "rfc", "iso", "ieee", "covid", "sars",
  // Things numbered in ops, travel and sport prose: "port 8080", "kernel 6.8", "Sprint 14", "Gate 5".
  "port", "kernel", "sprint", "player", "flight", "terminal", "gate", "platform", "channel", "pin", "lane", "exit",
  // Roads named by number, like "route" and "highway": "Interstate 95 runs …".
  "interstate", "motorway", "freeway",
]);

// Function words that may precede a bare number without making it a name ("In 2020", "Only 3").
const FUNCTION_WORDS = new Set([
  "in", "on", "at", "by", "of", "from", "to", "with", "and", "or", "since", "until", "till", "over", "under",
  "about", "only", "just", "all", "top", "around", "nearly", "approximately", "roughly", "almost", "some",
  "than", "are", "is", "was", "were", "be", "been", "has", "had", "have", "the", "a", "an", "for", "after",
  "before", "during", "between", "among", "within", "up", "down", "into", "onto", "per", "every", "each",
  "these", "those", "this", "that", "its", "our", "their", "his", "her", "my", "your", "we", "they", "it",
  "he", "she", "i", "you", "there", "here", "then", "now", "also", "another", "both", "first", "last", "next",
  "total", "even", "still", "yet", "so", "but", "if", "when", "while", "as", "like", "many", "several", "once",
  "exactly", "another", "additional", "extra", "other", "only", "just", "reach", "reached", "took", "takes",
  // Sentence adverbs that may open a sentence before a count ("Today 30 teams …", "Overall 12 …").
  "today", "yesterday", "overall", "altogether", "together", "combined", "currently", "already", "again",
  "recently", "finally", "meanwhile", "thus", "hence", "therefore", "however", "instead", "worldwide",
  "globally", "nationwide", "annually", "usually", "typically", "sometimes", "often", "plus", "fully", "nearly",
]);

const WORD_CHAR = /[\p{L}\p{N}'’.-]/u;
const LETTER = /\p{L}/u;
/** Words longer than this are not looked at (a bound that keeps the lookback O(1)). */
const MAX_WORD = 40;

/** The word right before `start`, with only spaces between (and its start offset). */
export function readPreviousWord(line: string, start: number): { word: string; start: number } | null {
  let end = start;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\u00a0")) end--;
  if (end === start) return null;
  let from = end;
  while (from > 0 && end - from < MAX_WORD && isWordCharOf(line, from - 1)) from--;
  while (from < end && !isLetterOf(line, from)) from++;
  return from < end ? { word: line.slice(from, end), start: from } : null;
}

/** WORD_CHAR, with ASCII answered by code: letters, digits, "'", "." and "-". */
function isWordCharOf(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  if (c >= 128) return WORD_CHAR.test(line[i]);
  return isAsciiLetter(c) || isDigit(c) || c === 39 || c === 46 || c === 45;
}

function isLetterOf(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c >= 128 ? LETTER.test(line[i]) : isAsciiLetter(c);
}

export function isNumberingNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const w = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  return NUMBERING_NOUNS.has(w) || (w.endsWith("s") && NUMBERING_NOUNS.has(w.slice(0, -1)));
}

/** A bare number right after a name ("Dynamics 365", "Wikitext 103", "Windows 11"). */
export function isAfterProperName(line: string, start: number): boolean {
  const prev = readPreviousWord(line, start);
  if (!prev) return false;
  const w = prev.word.replace(/[.’']+$/, "");
  if (FUNCTION_WORDS.has(w.toLowerCase())) return false;
  // A title-case word opening a sentence may be an ordinary word ("Mix 2 parts"): see isOpeningName.
  if (/^\p{Lu}\p{Ll}*$/u.test(w) && isSentenceStart(line, prev.start)) return false;
  return /\p{Lu}/u.test(w);
}

/**
 * A title-case word opening a sentence before a bare number ("Apollo 11 landed", "Sprint 14
 * closed", "Mix 2 parts"): a name unless the number counts a noun, which the caller checks.
 */
export function isSentenceOpeningWord(line: string, start: number): boolean {
  const prev = readPreviousWord(line, start);
  if (!prev) return false;
  const w = prev.word.replace(/[.’']+$/, "");
  return !FUNCTION_WORDS.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(w) && isSentenceStart(line, prev.start);
}

function isSentenceStart(line: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘(]/u.test(line[i])) i--;
  if (i < 0 || ".!?:".includes(line[i])) return true;
  // A list item opens a sentence after its bullet ("- Merged 37 PRs", "* Added …").
  let k = i;
  while (k >= 0 && /[\s•*·▪‣◦–>-]/u.test(line[k])) k--;
  return k < 0 && i < at - 1;
}

// Words saying how many of a product there are ("a single 4090", "dual 3090s"): the number after
// them is the product's model number, since a count would need no such word.
const PRODUCT_COUNT_WORDS = new Set(["single", "dual", "twin", "triple", "quad"]);

export function isProductCountWord(word: string): boolean {
  return PRODUCT_COUNT_WORDS.has(word.toLowerCase());
}

// Nouns a version number is written before ("the 2.0 release", "a 4.1 update", "the 1.2 beta").
const VERSION_NOUN_AFTER = /^[ \u00a0](?:release|version|update|upgrade|beta|alpha|preview|branch|build|firmware|SDK|API|spec|specification|milestone|changelog|series)s?\b/u;

/** A decimal right before a release noun is a version, not a measure ("The 2.0 release"). */
export function isVersionBeforeNoun(line: string, token: string, end: number): boolean {
  return token.includes(".") && VERSION_NOUN_AFTER.test(line.slice(end, end + 16));
}

/** "3.0", "2.0": a whole number written with ".0" after a name is a version ("Web 3.0"), not a measure. */
export function isVersionLike(token: string): boolean {
  return token.endsWith(".0") && token.length <= 5;
}
