// Connectors that join two numbers into one range ("3–5 days", "2.8-5.2x", "3 to 5",
// "between 3 and 5") and the "±" that gives a number its error term.

// A hyphen or em dash joins only when nothing is around it ("2.8-5.2x"); an en dash may be
// spaced ("3 – 5"), while a spaced em dash is a break in the sentence.
const CONNECTOR = /(?:[ \u00a0]?–[ \u00a0]?|[-—](?=[$€£]?\d)|[ \u00a0]to[ \u00a0]|[ \u00a0]and[ \u00a0])/uy;

export interface Connector { kind: "dash" | "to" | "and"; end: number }

export function readRangeConnector(line: string, at: number): Connector | null {
  if (!mayStart(line, at, CONNECTOR_FIRST)) return null;
  CONNECTOR.lastIndex = at;
  const m = CONNECTOR.exec(line);
  if (!m) return null;
  const kind = m[0].includes("to") ? "to" : m[0].includes("and") ? "and" : "dash";
  return { kind, end: at + m[0].length };
}

const PLUS_MINUS = /[ \u00a0]?(?:±|\+\/-|\+\/−|\+-)[ \u00a0]?(?=\d|\.\d)/uy;

export function readPlusMinus(line: string, at: number): number | null {
  if (!mayStart(line, at, PLUS_MINUS_FIRST)) return null;
  PLUS_MINUS.lastIndex = at;
  const m = PLUS_MINUS.exec(line);
  return m ? at + m[0].length : null;
}

// First characters (after an optional space) each pattern accepts: most numbers have none.
const CONNECTOR_FIRST = "–-—ta";
const PLUS_MINUS_FIRST = "±+";

/** True when the character at `at`, or after one space or no-break space there, is in `firsts`. */
export function mayStart(line: string, at: number, firsts: string): boolean {
  const c = line[at];
  if (c === undefined) return false;
  if (firsts.includes(c)) return true;
  return (c === " " || c === "\u00a0") && at + 1 < line.length && firsts.includes(line[at + 1]);
}

// Currency written before the amount: "$3 million", "US$ 5", "€20", "USD 1.2bn".
const CURRENCY_BEFORE = /(US\$|AU\$|NZ\$|A\$|C\$|HK\$|S\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|CNY|INR|CHF|CAD|AUD))[ \u00a0]?$/u;
const CURRENCY_CODES: Record<string, string> = {
  "US$": "USD", "$": "USD", "AU$": "AUD", "NZ$": "NZD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD", "€": "EUR", "£": "GBP",
  "¥": "JPY", "₹": "INR",
};

/** Last characters of the currency marks (symbols, "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD"). */
const CURRENCY_LAST = "$€£¥₹DRPYF";

export function readCurrencyBefore(line: string, at: number): { code: string; start: number } | null {
  // The mark ends right before the digits or before one space: check that character first.
  const c = line[at - 1];
  if (c === undefined || !(CURRENCY_LAST.includes(c) || ((c === " " || c === "\u00a0") && CURRENCY_LAST.includes(line[at - 2] ?? "")))) return null;
  const from = Math.max(0, at - 5);
  const m = CURRENCY_BEFORE.exec(line.slice(from, at));
  if (!m) return null;
  return { code: CURRENCY_CODES[m[1]] ?? m[1], start: from + m.index };
}
