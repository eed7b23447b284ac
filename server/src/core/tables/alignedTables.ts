// Whitespace-aligned tables: two or more consecutive lines split by gaps (2+ spaces or tabs)
// whose columns line up. Prose with double spaces after full stops is kept out by the
// alignment test and by limits on cell and line length.
import type { TextDocumentModel } from "../document";
import type { Table } from "../model";
import { isPipeSeparator, isRuleCode, splitAlignedRow, splitTabbedRow, startsLikeRule, type RawCell } from "./rowCells";
import { isNonTableBlock } from "./nonTableBlocks";

/**
 * Rows of cells with the line of each row (separator lines are not rows); `ruleAfter` is the
 * number of rows above the first rule line inside the table (0 or absent: no rule).
 */
export interface RawTable { lines: number[]; rows: RawCell[][]; layout: Table["layout"]; ruleAfter?: number }

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
/** A caption above the table ("Table 2:  Latency by model") is not its header row. */
const CAPTION = /^\s*(?:Table|Tab\.|Figure|Fig\.)\s*[\dIVX]+[.:]?(?:\s|$)/iu;

interface Candidate { line: number; cells: RawCell[]; tabbed: boolean }

export function findAlignedTables(doc: TableLines): RawTable[] {
  const tables: RawTable[] = [];
  let block: Candidate[] = [];
  // Rows above the first rule line inside the block ("=====  =====" under an rST header).
  let ruleAfter = 0;
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineText(line);
    const row = text.length <= MAX_LINE ? splitAlignedRow(text) : null;
    // Rules above, under and inside a table ("-----" over a totals row) keep the block open.
    // Tested only on gapped lines opening with a rule character ("=====  =====") and on the
    // first line after a block: a test on every line costs more than the whole row split.
    if ((row ? isRuleCode(text.charCodeAt(row.cells[0].start)) : block.length > 0 && startsLikeRule(text)) && isPipeSeparator(text)) {
      if (block.length && ruleAfter === 0) ruleAfter = block.length;
      continue;
    }
    if (!row || hasProseCell(row.cells)) {
      // Most lines are not rows: an empty block is kept rather than replaced on every line.
      if (block.length) { closeBlock(doc, block, ruleAfter, tables); block = []; ruleAfter = 0; }
      continue;
    }
    block.push({ line, cells: row.cells, tabbed: row.tabbed });
  }
  if (block.length) closeBlock(doc, block, ruleAfter, tables);
  return tables;
}

/** A block of gapped lines is a table when its columns line up and it is not code, art or a list. */
function closeBlock(doc: TableLines, block: Candidate[], ruleAfter: number, tables: RawTable[]): void {
  if (CAPTION.test(doc.lineText(block[0].line))) { block = block.slice(1); ruleAfter = Math.max(0, ruleAfter - 1); }
  if (block.length < 2 || !isAligned(block)) return;
  const rows = cellsOfBlock(doc, block);
  if (!isNonTableBlock(rows)) tables.push({ lines: block.map((c) => c.line), rows, layout: "aligned", ruleAfter });
}

/**
 * Tab-separated rows split at every tab when that gives each row the same number of cells, so
 * an empty cell ("North<TAB>10<TAB><TAB>30") keeps the later cells in their columns; tabs
 * repeated only to line columns up give unequal counts and keep the merged gaps.
 */
function cellsOfBlock(doc: TableLines, block: Candidate[]): RawCell[][] {
  const merged = block.map((c) => c.cells);
  if (!block.every((c) => c.tabbed)) return merged;
  const split = block.map((c) => splitTabbedRow(doc.lineText(c.line)));
  return split.every((r) => r.length === split[0].length) ? split : merged;
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
