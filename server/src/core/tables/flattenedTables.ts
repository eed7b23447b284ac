// Tables whose cells were flattened to single spaces by scraping ("GeoNet 26.93 9.54 20.73"):
// a header line over two or more rows of numbers. Each row is read as a label cell followed
// by value cells counted from the right, since only the values can be told apart reliably.
import { type DocumentLineKinds, lineKindsOf } from "../figures/documentLineKinds";
import { isDataRow } from "../figures/lineKinds";
import { readUnit } from "../figures/units";
import type { RawTable, TableLines } from "./alignedTables";
import type { RawCell } from "./rowCells";

/** A value cell: a number with its sign, currency, suffix or unit letter, or a missing-value mark. */
const VALUE = /^(?:[(~≈<>$€£+\-−]*\d[\d.,]*(?:[%x×)]|[KMBkGT]B?|ms|s)?|N\/A|n\/a|NA|OOM|—|–|-|✓|✗)$/u;
/** A row without numbers still belongs to the table when it is a label and a missing-value mark ("Baseline OOM"). */
const FILLER_ROW = /^[^.!?:;]{1,60}\s(?:N\/A|n\/a|OOM|—|–|-)$/u;
/** Header lines are short and have no sentence ending; these bounds keep captions and prose out. */
const MAX_HEADER_LENGTH = 160;
const MAX_HEADER_TOKENS = 16;
/** At least this share of header words are capitalised, numbers or bracketed ("Model Seen env. Unseen env."). */
const MIN_HEADER_CAPITALISED = 0.5;
const MAX_ROW_LENGTH = 300;
const MAX_ABBREVIATED_HEADER = 6;

interface Token { start: number; end: number; text: string }

export function findFlattenedTables(doc: TableLines): RawTable[] {
  const lineCount = doc.lineCount;
  const tables: RawTable[] = [];
  // Each line is tested once (0 = not yet, 1 = no, 2 = yes): the loops below ask again.
  const rowFlags = new Uint8Array(lineCount);
  const kinds = lineKindsOf(doc);
  const isRow = (l: number): boolean => {
    if (rowFlags[l] === 0) rowFlags[l] = isTableRow(doc, kinds, l) ? 2 : 1;
    return rowFlags[l] === 2;
  };
  let line = 0;
  while (line < lineCount) {
    if (!isRow(line)) { line++; continue; }
    const first = line;
    let dataRows = 0;
    while (line < lineCount && (isRow(line) || (dataRows > 0 && FILLER_ROW.test(doc.lineText(line).trim())))) {
      if (isRow(line)) dataRows++;
      line++;
    }
    if (dataRows < 2 || first === 0 || !isHeaderLine(doc.lineText(first - 1))) continue;
    const lines = [first - 1];
    for (let l = first; l < line; l++) lines.push(l);
    tables.push(toRawTable(lines, doc));
  }
  return tables;
}

/** The data-row test first: it is shared with the figure scanner (documentLineKinds.ts). */
function isTableRow(doc: TableLines, kinds: DocumentLineKinds, line: number): boolean {
  if (!kinds.isDataRow(line)) return false;
  const text = doc.lineText(line);
  return text.length <= MAX_ROW_LENGTH && !/\t|\|/.test(text);
}

function isHeaderLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_HEADER_LENGTH || /[!?:;,]$/.test(t) || isDataRow(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > MAX_HEADER_TOKENS) return false;
  // A full stop inside a longer line ends a sentence; in a short header it ends an abbreviation ("Seen env.").
  if (words.length > MAX_ABBREVIATED_HEADER && /[.!?]\s+\p{Lu}/u.test(t)) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d(\[%#]/u.test(w)).length;
  return capitalised / words.length >= MIN_HEADER_CAPITALISED;
}

/** Rows as a label cell and value cells; header cells mapped onto the same columns. */
function toRawTable(lines: number[], doc: TableLines): RawTable {
  const body = lines.slice(1).map((l) => splitFlattenedRow(doc.lineText(l)));
  // A loop, not Math.max(...rows): a table of 200k rows would overflow the argument list.
  const width = 1 + body.reduce((w, r) => Math.max(w, r.values.length), 0);
  // Value cells are aligned to the right: a short row ("D3VO 0.78 0.62") fills the last columns.
  // Gaps are left as empty cells so every row has `width` cells and columns stay by position.
  const rows: RawCell[][] = [splitHeader(doc.lineText(lines[0]), width)];
  for (const r of body) {
    const cells: RawCell[] = [r.label ?? emptyCell(r.values[0]?.start ?? 0)];
    for (let i = r.values.length; i < width - 1; i++) cells.push(emptyCell(r.values[0]?.start ?? 0));
    cells.push(...r.values);
    rows.push(cells);
  }
  return { lines, rows, layout: "flattened" };
}

function emptyCell(at: number): RawCell {
  return { start: at, end: at, text: "" };
}

/** The trailing run of value tokens ("0.085 ± 0.025" is one), and the words before it as the label. */
function splitFlattenedRow(text: string): { label: RawCell | null; values: RawCell[] } {
  const tokens = tokenize(text);
  const values: RawCell[] = [];
  let i = tokens.length - 1;
  while (i >= 0) {
    const t = tokens[i];
    // "0.120 ± 0.009", "0.037 ±0.012": a value with its error term is one cell.
    if (i >= 2 && tokens[i - 1].text === "±" && VALUE.test(t.text) && VALUE.test(tokens[i - 2].text)) {
      values.unshift(cellOf(text, tokens[i - 2].start, t.end)); i -= 3; continue;
    }
    if (i >= 1 && /^±\d/.test(t.text) && VALUE.test(tokens[i - 1].text)) {
      values.unshift(cellOf(text, tokens[i - 1].start, t.end)); i -= 2; continue;
    }
    // "236 MB", "0.15 s": a number and its unit word are one cell.
    if (i >= 1 && isUnitWord(t.text) && VALUE.test(tokens[i - 1].text)) {
      values.unshift(cellOf(text, tokens[i - 1].start, t.end)); i -= 2; continue;
    }
    if (!VALUE.test(t.text)) break;
    values.unshift(cellOf(text, t.start, t.end));
    i--;
  }
  const label = i >= 0 ? cellOf(text, tokens[0].start, tokens[i].end) : null;
  return { label, values };
}

/**
 * Header words onto columns: one word per column when the counts agree ("(ms)" stays with its
 * word), shifted right when the label column has no header; otherwise the whole header goes
 * to the first column, since multi-word headers cannot be split without the lost spacing.
 */
function splitHeader(text: string, width: number): RawCell[] {
  const words = joinBracketed(tokenize(text));
  // Second reading: lower-case words continue the capitalised header before them ("Seen env.").
  for (const grouping of [words, joinLowerCase(words)]) {
    const cells = grouping.map((w) => cellOf(text, w.start, w.end));
    if (cells.length === width) return cells;
    if (cells.length === width - 1) return [emptyCell(cells[0].start), ...cells];
  }
  const all = cellOf(text, words[0].start, words[words.length - 1].end);
  return [all, ...Array.from({ length: width - 1 }, () => emptyCell(all.end))];
}

function isUnitWord(word: string): boolean {
  return readUnit(word, 0)?.end === word.length;
}

function joinBracketed(tokens: Token[]): Token[] {
  return joinWhen(tokens, (prev, t) => /^\p{L}/u.test(prev.text) && /^[([]\S*[)\]]$/.test(t.text));
}

function joinLowerCase(tokens: Token[]): Token[] {
  return joinWhen(tokens, (_, t) => /^\p{Ll}/u.test(t.text));
}

function joinWhen(tokens: Token[], joins: (prev: Token, t: Token) => boolean): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && joins(prev, t)) out[out.length - 1] = { start: prev.start, end: t.end, text: `${prev.text} ${t.text}` };
    else out.push(t);
  }
  return out;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function cellOf(text: string, start: number, end: number): RawCell {
  return { start, end, text: text.slice(start, end) };
}
