// Splitting one line into table cells: by pipes ("| a | b |", box-drawing "│ a │ b │") or by
// gaps of two or more spaces or a tab ("Model   Size   Time"). Offsets are line-local.

export interface RawCell { start: number; end: number; text: string }

/**
 * Rule lines between rows: markdown "|---|:---:|", org "|---+---|", psql "----+----",
 * reStructuredText "+====+====+" and "=====  =====", box drawing "├────┼────┤". Only rule
 * characters and spaces, with a run of two or more dashes or equals signs (markdown allows ":--").
 */
const RULE_LINE = /^[\s|+:\-=_─━═┄┈╌┅┉╍┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╪╫╬├┤┌┐└┘┬┴╞╡╤╧╟╢╔╗╚╝╠╣╦╩│┃║┠┨┯┷┏┓┗┛┣┫┳┻]*$/u;
const RULE_RUN = /[-=─━═]{2}/u;

export function isPipeSeparator(line: string): boolean {
  // The anchored class test first: it stops at the first letter of a row or list item.
  return line.length <= MAX_RULE && RULE_LINE.test(line) && RULE_RUN.test(line);
}

/** Rules longer than this are page art, not a table's (and the test stays cheap on long lines). */
const MAX_RULE = 400;

/** True when a line may open with a rule (cheap first test before isPipeSeparator). */
export function startsLikeRule(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return isRuleCode(line.charCodeAt(i));
}

/** "-", "=", "+", "|", "_", ":" or a box-drawing character. */
export function isRuleCode(c: number): boolean {
  return c === 45 || c === 61 || c === 43 || c === 124 || c === 95 || c === 58 || (c >= 0x2500 && c <= 0x257f);
}

/** Column bars: ASCII pipes and the box-drawing verticals that tables drawn with "┌─┬─┐" use. */
function isBar(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return (c === 124 && line.charCodeAt(i - 1) !== 92) || c === 0x2502 || c === 0x2503 || c === 0x2551;
}

/**
 * Cheap test for a column bar: most lines have none. Box-drawing rows open with their border
 * ("│ a │ b │"), so only the first character is tested for those, not the whole line again.
 */
export function hasBar(line: string): boolean {
  if (line.includes("|")) return true;
  let c = line.charCodeAt(0);
  if (c === 32 || c === 9) {
    let i = 1;
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
    c = line.charCodeAt(i);
  }
  return c === 0x2502 || c === 0x2503 || c === 0x2551;
}

/** Cells of a pipe row, or null when the line has no column bar. */
export function splitPipeRow(line: string): RawCell[] | null {
  if (!hasBar(line)) return null;
  let lead = 0;
  while (lead < line.length && /\s/.test(line[lead])) lead++;
  let tail = line.length;
  while (tail > lead && /\s/.test(line[tail - 1])) tail--;
  let pipes = 0;
  for (let i = lead; i < tail; i++) if (isBar(line, i)) pipes++;
  const leading = isBar(line, lead);
  // One inner pipe ("Tool | Size") is a row too: the table finder asks such rows for a rule or numbers.
  if (pipes === 0) return null;
  const trailing = tail - 1 > lead && isBar(line, tail - 1);
  const cells: RawCell[] = [];
  let from = leading ? lead + 1 : 0;
  for (let i = from; i <= line.length; i++) {
    const atEnd = i === line.length;
    if (!atEnd && !isBar(line, i)) continue;
    const piece = trimCell(line, from, i);
    // A trailing pipe closes the row rather than opening an empty last cell.
    if (!(atEnd && piece.text === "" && trailing)) cells.push(piece);
    from = i + 1;
  }
  return cells.length >= 2 ? cells : null;
}

/** Cells split at tabs or runs of 2+ spaces; the leading indentation is not a gap. */
const GAP = /\t+| {2,}|\u00a0{2,}/g;

export function splitAlignedRow(line: string): { cells: RawCell[]; tabbed: boolean } | null {
  const cells: RawCell[] = [];
  const gap = GAP;
  let from = 0;
  while (from < line.length && (line[from] === " " || line[from] === "\t")) from++;
  if (from >= line.length) return null;
  gap.lastIndex = from;
  let m = gap.exec(line);
  // No gap after the indentation: at most one cell, so no row (most lines; nothing to allocate).
  if (!m) return null;
  let tabbed = false;
  for (; m; m = gap.exec(line)) {
    if (m[0].includes("\t")) tabbed = true;
    if (m.index > from) cells.push(trimCell(line, from, m.index));
    from = m.index + m[0].length;
  }
  if (from < line.length) cells.push(trimCell(line, from, line.length));
  return cells.length >= 2 ? { cells, tabbed } : null;
}

/** Cells between single tabs, empty ones included (leading indentation skipped). */
export function splitTabbedRow(line: string): RawCell[] {
  let from = 0;
  while (from < line.length && (line[from] === " " || line[from] === "\t")) from++;
  const cells: RawCell[] = [];
  for (let i = from; i <= line.length; i++) {
    if (i < line.length && line[i] !== "\t") continue;
    cells.push(trimCell(line, from, i));
    from = i + 1;
  }
  // A trailing tab closes the row rather than opening an empty last cell.
  if (cells.length > 1 && cells[cells.length - 1].text === "") cells.pop();
  return cells;
}

function trimCell(line: string, start: number, end: number): RawCell {
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return { start, end, text: line.slice(start, end) };
}
