// Splitting one line into table cells: by pipes ("| a | b |") or by gaps of two or more spaces
// or a tab ("Model   Size   Time"). Offsets are line-local.

export interface RawCell { start: number; end: number; text: string }

/** Markdown separator rows: "|---|:---:|", "--- | ---". */
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$|^\s*\|\s*:?-{2,}:?\s*\|\s*$/;

export function isPipeSeparator(line: string): boolean {
  return PIPE_SEPARATOR.test(line);
}

/** Cells of a pipe row, or null when the line is not one (needs a leading pipe or two pipes). */
export function splitPipeRow(line: string): RawCell[] | null {
  if (!line.includes("|")) return null;
  const trimmed = line.trim();
  let pipes = 0;
  for (let i = 0; i < line.length; i++) if (line[i] === "|" && line[i - 1] !== "\\") pipes++;
  if (pipes === 0 || (!trimmed.startsWith("|") && pipes < 2)) return null;
  const cells: RawCell[] = [];
  let from = 0;
  const lead = line.indexOf(trimmed[0]);
  if (trimmed.startsWith("|")) from = lead + 1;
  for (let i = from; i <= line.length; i++) {
    const atEnd = i === line.length;
    if (!atEnd && !(line[i] === "|" && line[i - 1] !== "\\")) continue;
    const piece = trimCell(line, from, i);
    // A trailing pipe closes the row rather than opening an empty last cell.
    if (!(atEnd && piece.text === "" && trimmed.endsWith("|"))) cells.push(piece);
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

function trimCell(line: string, start: number, end: number): RawCell {
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return { start, end, text: line.slice(start, end) };
}
