// How many of a table's first rows are its header: a header may take two lines ("Train" over
// "time (h)") or carry a units row ("(ms)", "(%)") that belongs to the column names above it.
import type { RawCell } from "./rowCells";

/** A numeric cell: a number with its sign, currency, grouping, suffix or unit ("$1,200", "4.5%", "12 MB"). */
const NUMERIC = /^[(~≈<>$€£¥+\-−]*\d[\d.,]*\s?(?:[%x×)]|[A-Za-zµ%/]{1,4})?$/u;
/** Header lines beyond this are body rows with words in them. */
const MAX_HEADER_ROWS = 3;

export function isNumericCell(text: string): boolean {
  return text.length <= 24 && NUMERIC.test(text);
}

export function hasNumericCell(cells: RawCell[]): boolean {
  for (const c of cells) if (isNumericCell(c.text)) return true;
  return false;
}

/**
 * Rows above a rule are the header when they hold no numbers (a rule above a totals row is not
 * a header rule). Without such a rule, a row without numbers continues the header only when
 * either it or the header above has an empty first cell: a units row ("      (ms)   (%)") or a
 * second header line under an empty corner. A wordy first body row ("Offline  yes  no") fills
 * its first cell under a filled corner, so it stays a body row.
 */
export function countHeaderRows(rows: RawCell[][], ruleAfter: number, firstColumnEmpty: (row: number) => boolean): number {
  const numeric = (r: number) => hasNumericCell(rows[r]);
  const hasBody = (from: number) => { for (let r = from; r < rows.length; r++) if (numeric(r)) return true; return false; };
  if (ruleAfter > 1 && ruleAfter <= MAX_HEADER_ROWS && ruleAfter < rows.length) {
    let words = true;
    for (let r = 0; r < ruleAfter; r++) if (numeric(r)) words = false;
    if (words) return ruleAfter;
  }
  // A rule right under the first row settles it (markdown): the next row is a body row.
  if (ruleAfter === 1) return 1;
  let n = 1;
  while (n < MAX_HEADER_ROWS && n + 1 < rows.length && !numeric(n) && !isMarksOnly(rows[n]) && (firstColumnEmpty(n) || firstColumnEmpty(n - 1)) && hasBody(n + 1)) n++;
  return n;
}

/** "Baseline  —  —": a body row of missing-value marks, not a header line. */
function isMarksOnly(cells: RawCell[]): boolean {
  let marks = 0;
  for (const c of cells) if (/^(?:N\/A|n\/a|NA|OOM|—|–|-|--|✓|✗|x|yes|no)$/u.test(c.text)) marks++;
  return marks > 0 && marks >= cells.length - 1;
}
