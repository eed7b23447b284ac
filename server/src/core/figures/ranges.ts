// Connectors that join two numbers into one range ("3–5 days", "2.8-5.2x", "3 to 5",
// "between 3 and 5") and the "±" that gives a number its error term.

// A hyphen or em dash joins only when nothing is around it ("2.8-5.2x"); an en dash may be
// spaced ("3 – 5"), while a spaced em dash is a break in the sentence.
const CONNECTOR = /(?:[ \u00a0]?–[ \u00a0]?|[-—](?=[$€£]?\d)|[ \u00a0]to[ \u00a0]|[ \u00a0]and[ \u00a0])/uy;

export interface Connector { kind: "dash" | "to" | "and"; end: number }

export function readRangeConnector(line: string, at: number): Connector | null {
  CONNECTOR.lastIndex = at;
  const m = CONNECTOR.exec(line);
  if (!m) return null;
  const kind = m[0].includes("to") ? "to" : m[0].includes("and") ? "and" : "dash";
  return { kind, end: at + m[0].length };
}

const PLUS_MINUS = /[ \u00a0]?(?:±|\+\/-|\+\/−|\+-)[ \u00a0]?(?=\d|\.\d)/uy;

export function readPlusMinus(line: string, at: number): number | null {
  PLUS_MINUS.lastIndex = at;
  const m = PLUS_MINUS.exec(line);
  return m ? at + m[0].length : null;
}

// Currency written before the amount: "$3 million", "US$ 5", "€20", "USD 1.2bn".
const CURRENCY_BEFORE = /(US\$|A\$|C\$|HK\$|S\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|CNY|INR|CHF|CAD|AUD))[ \u00a0]?$/u;
const CURRENCY_CODES: Record<string, string> = {
  "US$": "USD", "$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD", "€": "EUR", "£": "GBP",
  "¥": "JPY", "₹": "INR",
};

export function readCurrencyBefore(line: string, at: number): { code: string; start: number } | null {
  const from = Math.max(0, at - 5);
  const m = CURRENCY_BEFORE.exec(line.slice(from, at));
  if (!m) return null;
  return { code: CURRENCY_CODES[m[1]] ?? m[1], start: from + m.index };
}
