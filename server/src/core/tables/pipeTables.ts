// Markdown-style pipe tables: two or more consecutive "| a | b |" rows with the same number of
// cells, with or without a "|---|---|" separator under the header.
import type { RawTable, TableLines } from "./alignedTables";
import { isPipeSeparator, splitPipeRow, type RawCell } from "./rowCells";

export function findPipeTables(doc: TableLines): RawTable[] {
  const tables: RawTable[] = [];
  let rows: RawCell[][] = [];
  let lines: number[] = [];
  let separated = false;
  let leadingPipes = true;
  const flush = () => {
    // Without a separator or leading pipes, two "a | b | c" lines are often navigation links.
    if (rows.length >= 2 && (separated || leadingPipes)) tables.push({ lines, rows, layout: "pipe" });
    // Most lines are not rows: empty lists are kept rather than replaced on every line.
    if (rows.length) { rows = []; lines = []; }
    separated = false; leadingPipes = true;
  };
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineText(line);
    if (rows.length && isPipeSeparator(text)) { separated = true; continue; }
    const cells = splitPipeRow(text);
    if (!cells || (rows.length && Math.abs(cells.length - rows[0].length) > 1)) {
      flush();
      if (!cells) continue;
    }
    lines.push(line);
    leadingPipes &&= text.trimStart().startsWith("|");
    rows.push(cells);
  }
  flush();
  return tables;
}
