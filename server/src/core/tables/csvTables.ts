// Comma-separated blocks pasted into a post ("model,params,accuracy (%)"): a header line of
// words over two or more lines with the same number of cells and a number in each.
import type { RawTable, TableLines } from "./alignedTables";
import { hasNumericCell } from "./headerRows";
import type { RawCell } from "./rowCells";

/** CSV lines and cells are short; longer ones are sentences with commas. */
const MAX_LINE = 240;
const MAX_CELL = 40;
/** A cell of more words is a clause of a sentence ("we ran it twice, then stopped"). */
const MAX_CELL_WORDS = 5;
/** Code and sentences, not fields: assignments, statement ends, a full stop before a word. */
const NOT_FIELD = /[=;{}]|[.!?]\s/u;

/** Header and two rows: the fewest lines a CSV table has (also the probe stride below). */
const MIN_LINES = 3;

/**
 * Every third line is probed (most lines are prose, and a run of three consecutive lines always
 * holds a probed one); a hit is widened both ways to the run of lines with as many cells.
 */
export function findCsvTables(doc: TableLines): RawTable[] {
  const tables: RawTable[] = [];
  const cellsAt = (line: number): RawCell[] | null => {
    const text = doc.lineText(line);
    return text.length <= MAX_LINE && hasShortFields(text) ? splitCsvRow(text) : null;
  };
  let free = 0; // lines before this belong to a run already read
  for (let probe = 0; probe < doc.lineCount; probe += MIN_LINES) {
    if (probe < free) continue;
    const cells = cellsAt(probe);
    if (!cells) continue;
    const rows: RawCell[][] = [cells];
    const lines = [probe];
    for (let l = probe - 1; l >= free; l--) {
      const more = cellsAt(l);
      if (!more || more.length !== cells.length) break;
      rows.unshift(more); lines.unshift(l);
    }
    for (let l = probe + 1; l < doc.lineCount; l++) {
      const more = cellsAt(l);
      if (!more || more.length !== cells.length) break;
      rows.push(more); lines.push(l);
    }
    free = lines[lines.length - 1] + 1;
    if (rows.length >= MIN_LINES && isCsvTable(rows)) tables.push({ lines, rows, layout: "csv" });
  }
  return tables;
}

/**
 * Cheap prefilter (most lines with commas are prose): a comma, and no stretch between commas
 * longer than a field may be. A quoted field's commas only shorten its stretches, so quotes
 * need no exception here.
 */
function hasShortFields(text: string): boolean {
  let from = 0;
  let comma = text.indexOf(",");
  if (comma < 0) return false;
  while (comma >= 0) {
    if (comma - from > MAX_CELL + 4) return false;
    from = comma + 1;
    comma = text.indexOf(",", from);
  }
  return text.length - from <= MAX_CELL + 4;
}

/** A header of words (no number cell) over rows that each hold a number. */
function isCsvTable(rows: RawCell[][]): boolean {
  if (hasNumericCell(rows[0])) return false;
  for (let r = 1; r < rows.length; r++) if (!hasNumericCell(rows[r])) return false;
  return true;
}

/** Fields split at commas outside double quotes; null when a field looks like prose or code. */
export function splitCsvRow(line: string): RawCell[] | null {
  if (NOT_FIELD.test(line)) return null;
  const cells: RawCell[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    if (i < line.length && (quoted || c !== ",")) continue;
    const cell = fieldOf(line, from, i);
    if (!cell) return null;
    cells.push(cell);
    from = i + 1;
  }
  return cells.length >= 2 ? cells : null;
}

/** A trimmed field without its quotes; null when too long, too wordy or with unbalanced brackets. */
function fieldOf(line: string, start: number, end: number): RawCell | null {
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  if (end - start >= 2 && line[start] === '"' && line[end - 1] === '"') { start++; end--; }
  if (end - start > MAX_CELL) return null;
  const text = line.slice(start, end);
  let words = 1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === " ") words++;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
  }
  return words > MAX_CELL_WORDS || depth !== 0 ? null : { start, end, text };
}
