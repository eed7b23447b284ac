// Gapped blocks that line up like tables but are not: key/value metadata, aligned code, ASCII
// art, numbered lists and changelogs (no header row). A table needs a header for its cells.
import type { RawCell } from "./rowCells";

/** Assignments, comments and statement ends: "= 1;", "// clamp", "{". A lone "--" is a missing value. */
const CODE_CELL = /^(?:=[^=]|\/\/|\/\*|#\s|=>)|[;{}]$/u;
const HAS_WORD_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isNonTableBlock(rows: RawCell[][]): boolean {
  return isKeyValueBlock(rows) || isCodeBlock(rows) || isArtBlock(rows) || isHeaderless(rows);
}

/** "Author:    Jane Roe" on every line: a metadata block. */
function isKeyValueBlock(rows: RawCell[][]): boolean {
  return rows.every((r) => r[0].text.endsWith(":"));
}

/** Half the lines or more with a code-like cell. */
function isCodeBlock(rows: RawCell[][]): boolean {
  let code = 0;
  for (const r of rows) if (r.some((c) => CODE_CELL.test(c.text))) code++;
  return code * 2 >= rows.length;
}

/** Mostly punctuation cells ("*", "/", "(o o)" aside): a drawing. */
function isArtBlock(rows: RawCell[][]): boolean {
  let words = 0;
  let total = 0;
  for (const r of rows) for (const c of r) { total++; if (HAS_WORD_OR_DIGIT.test(c.text)) words++; }
  return words * 2 < total;
}

/**
 * Every line, the first included, opens with a number ("1.  Install", "v2.1.0  2023-04-01"):
 * a list or a log without a header row. A table whose header has an empty corner has one cell
 * fewer in its first line, so it is not caught here.
 */
function isHeaderless(rows: RawCell[][]): boolean {
  const n = rows[0].length;
  return rows.every((r) => r.length === n && /\d/.test(r[0].text));
}
