// CSV cells that spreadsheet programs open safely: RFC 4180 quoting, and scraped text that
// cannot run as a formula. Pure and import-free, so the client bundles it too.

/**
 * Scraped text and notes are untrusted: a cell starting with = + - @ (or a tab/CR) is run as a
 * formula by spreadsheet programs (CSV injection, OWASP). A leading apostrophe keeps it text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a field when it holds a quote, comma, line break or edge spaces (RFC 4180). */
export function quoteCsvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A free-text cell: neutralised, then quoted. Numbers pass through unchanged. */
export function formatTextCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return quoteCsvField(typeof value === "string" ? neutralizeFormula(value) : value);
}
