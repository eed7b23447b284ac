// Dates, times of day and years: optional figures (a tool may report them or not). They are
// found first so their digits are never read as required quantities.
import type { Span } from "../model";
import { AM_PM_SHAPE, COLON_DIGIT, DASH_DIGIT, DECADE, FISCAL, FISCAL_SHAPE, MONTH_HINT, SLASH_DIGIT } from "./lineFacts";

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

// Each pattern runs only when all of its trigger flags are in the line; the flags are read
// once per line (lineFacts.ts) and rule most patterns out without a scan.
const DATE_PATTERNS: { trigger: number; pattern: RegExp }[] = [
  // "March 31, 2022", "Mar. 31", "March 2020", "March of 2000"
  { trigger: MONTH_HINT, pattern: new RegExp(`\\b${MONTH}\\.?[ \\u00a0]+(?:\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\u00a0]+\\d{4})?|(?:of[ \\u00a0]+)?\\d{4})\\b`, "gu") },
  // "31 March 2022", "5th of May"
  { trigger: MONTH_HINT, pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]+(?:of[ \\u00a0]+)?${MONTH}\\b(?:,?[ \\u00a0]+\\d{4}\\b)?`, "gu") },
  { trigger: DASH_DIGIT, pattern: /\b\d{4}-\d{2}-\d{2}\b/gu }, // ISO dates
  { trigger: SLASH_DIGIT, pattern: /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/gu }, // 3/31/2022
  // 10:30, 10:30 am; subtitle cue times carry milliseconds after "," (SRT) or "." (WebVTT), and
  // race times tenths: "00:01:23,456", "00:02.000", "3:51.2" are one time, not a time and a count.
  { trigger: COLON_DIGIT, pattern: /\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3}|,\d{3})?(?!\d)(?:[ \u00a0]?[AaPp]\.?[Mm]\.?)?/gu },
  // The "\d ?[AaPp]\.?[Mm]" trigger (no no-break space) decides, as before.
  { trigger: AM_PM_SHAPE, pattern: /\b\d{1,2}[ \u00a0]?[AaPp]\.[Mm]\.|\b\d{1,2}[ \u00a0]?(?:am|pm|AM|PM)\b/gu }, // 3 p.m., 3pm
  { trigger: DECADE, pattern: /\b(?:1[6-9]|20)\d0s\b|[‘'’]\d0s\b/gu }, // decades: 1990s, '90s
  // Q3 2023, FY24, and the clipped year of "Q4'23" / "FY'24".
  { trigger: FISCAL | FISCAL_SHAPE, pattern: /\b(?:Q[1-4]|H[12]|FY)(?:[ \u00a0]?(?:19|20)?\d{2}\b|[ \u00a0]?['’]\d{2}\b)/gu },
];

export interface DateMatch extends Span { value: number | null }

/** Dates in a line; `facts` is readLineFacts(line). */
export function findDates(line: string, facts: number): DateMatch[] {
  const out: DateMatch[] = [];
  for (const { trigger, pattern: re } of DATE_PATTERNS) {
    if ((facts & trigger) !== trigger) continue;
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const year = /\b(1[6-9]\d\d|20\d\d)\b/.exec(m[0]);
      out.push({ start: m.index, end: m.index + m[0].length, value: year ? Number(year[1]) : null });
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** A four-digit year as people write them in prose (1600-2099, no thousands separator). */
export function isYearToken(token: string, afterYearPreposition = false): boolean {
  // 2040+ is more often a power of two (2048) than a year, unless it reads "by 2050".
  return afterYearPreposition ? /^(?:1[6-9]\d\d|20\d\d)$/.test(token) : /^(?:1[6-9]\d\d|20[0-3]\d)$/.test(token);
}

// Words after which a year-like number is a year even when a noun follows ("in 2020 researchers").
const YEAR_PREPOSITIONS = new Set([
  "in", "since", "by", "until", "till", "from", "during", "of", "early", "late", "mid", "before", "after",
  "through", "circa", "year", "fy", "spring", "summer", "autumn", "fall", "winter", "between", "to", "and",
]);

export function isYearPreposition(word: string | undefined): boolean {
  return word !== undefined && YEAR_PREPOSITIONS.has(word.toLowerCase());
}
