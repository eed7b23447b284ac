// Whitespace-aligned tables: two or more consecutive lines split by gaps (2+ spaces or tabs)
// whose columns line up. Prose with double spaces after full stops is kept out by the
// alignment test and by limits on cell and line length.
import type { TextDocumentModel } from "../document";
import { splitAlignedRow, type RawCell } from "./rowCells";

/** Rows of cells with the line of each row (separator lines are not rows). */
export interface RawTable { lines: number[]; rows: RawCell[][]; layout: "pipe" | "aligned" | "flattened" }

/** The lines the finders read: the document itself rather than a closure over it, since
 * optimised code bound to a per-document closure is discarded with that closure. */
export type TableLines = Pick<TextDocumentModel, "lineCount" | "lineText">;

/** Table cells are short; longer pieces are sentences separated by two spaces. */
const MAX_CELL = 60;
const MAX_LINE = 240;
/** Six or more words ending in a full stop: a sentence followed by two spaces, not a cell. */
const SENTENCE = /^\S+(?:\s+\S+){5,}[.!?]["”’)]?$/u;
/** Column edges may drift this many characters between rows (ragged scraping, wide digits). */
const TOLERANCE = 2;

interface Candidate { line: number; cells: RawCell[]; tabbed: boolean }

export function findAlignedTables(doc: TableLines): RawTable[] {
  const tables: RawTable[] = [];
  let block: Candidate[] = [];
  const flush = () => {
    if (block.length >= 2 && isAligned(block)) tables.push({ lines: block.map((c) => c.line), rows: block.map((c) => c.cells), layout: "aligned" });
    // Most lines are not rows: an empty block is kept rather than replaced on every line.
    if (block.length) block = [];
  };
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineText(line);
    const row = text.length <= MAX_LINE ? splitAlignedRow(text) : null;
    if (!row || hasProseCell(row.cells)) { flush(); continue; }
    block.push({ line, cells: row.cells, tabbed: row.tabbed });
  }
  flush();
  return tables;
}

/** A cell too long for a table, or a sentence (a plain loop: this runs on every candidate line). */
function hasProseCell(cells: RawCell[]): boolean {
  for (const c of cells) if (c.text.length > MAX_CELL || SENTENCE.test(c.text)) return true;
  return false;
}

/**
 * Tab-separated rows need the same cell count (±1 for a header without a corner cell);
 * space-separated rows need each later cell to start or end near a column edge of the widest row.
 */
function isAligned(block: Candidate[]): boolean {
  const widest = block.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  const n = widest.cells.length;
  if (block.every((c) => c.tabbed)) return block.every((c) => c.cells.length >= n - 1);
  const starts = widest.cells.map((c) => c.start);
  const ends = widest.cells.map((c) => c.end);
  let aligned = 0;
  let total = 0;
  for (const row of block) {
    for (const cell of row.cells.slice(1)) {
      total++;
      if (starts.some((s) => Math.abs(s - cell.start) <= TOLERANCE) || ends.some((e) => Math.abs(e - cell.end) <= TOLERANCE)) aligned++;
    }
  }
  return total > 0 && aligned / total >= 0.8;
}

/** The column of a cell: the widest row's cell it overlaps most, by position. */
export function assignColumns(rows: RawCell[][]): number[][] {
  const widest = rows.reduce((a, b) => (b.length > a.length ? b : a));
  if (rows.every((r) => r.length === widest.length)) return rows.map((r) => r.map((_, i) => i));
  return rows.map((r) => r.map((cell) => nearestColumn(widest, cell)));
}

function nearestColumn(ref: RawCell[], cell: RawCell): number {
  let best = 0;
  let bestScore = -Infinity;
  ref.forEach((c, i) => {
    const overlap = Math.min(c.end, cell.end) - Math.max(c.start, cell.start);
    const score = overlap > 0 ? overlap : -Math.min(Math.abs(c.start - cell.start), Math.abs(c.end - cell.end));
    if (score > bestScore) { bestScore = score; best = i; }
  });
  return best;
}
