// Pipe tables: two or more consecutive "| a | b |" rows with the same number of cells, with or
// without a rule under the header: markdown, org-mode, psql output, reStructuredText grid tables
// ("+----+" rules) and box-drawing tables ("│ a │ b │" between "├──┼──┤" rules).
import type { RawTable, TableLines } from "./alignedTables";
import { hasBar, isPipeSeparator, splitPipeRow, type RawCell } from "./rowCells";
import { hasNumericCell } from "./headerRows";

/** A row longer than this is a run of bars in a dump (a 10 MB line), not a table row; skipping it keeps that line cheap. */
const MAX_ROW_LENGTH = 2000;

export function findPipeTables(doc: TableLines): RawTable[] {
  const tables: RawTable[] = [];
  let rows: RawCell[][] = [];
  let lines: number[] = [];
  // Rows above the first rule (0 = no rule yet): the header, which may take two lines.
  let ruleAfter = 0;
  let leadingPipes = true;
  const flush = () => {
    // Without a rule or leading pipes, two "a | b | c" lines are often navigation links;
    // a number in every body row (and none in the header) makes them a table all the same.
    if (rows.length >= 2 && (ruleAfter > 0 || leadingPipes || hasNumbersUnderWords(rows))) {
      tables.push({ lines, rows, layout: "pipe", ruleAfter });
    }
    // Most lines are not rows: empty lists are kept rather than replaced on every line.
    if (rows.length) { rows = []; lines = []; }
    ruleAfter = 0; leadingPipes = true;
  };
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineText(line);
    // Most lines have no bar: skipped before any other test (nothing open to close either).
    if (!rows.length && !hasBar(text)) continue;
    if (rows.length && isPipeSeparator(text)) { if (ruleAfter === 0) ruleAfter = rows.length; continue; }
    const cells = text.length <= MAX_ROW_LENGTH ? splitPipeRow(text) : null;
    if (!cells || (rows.length && Math.abs(cells.length - rows[0].length) > 1)) {
      flush();
      if (!cells) continue;
    }
    lines.push(line);
    leadingPipes &&= /^\s*[|│┃║]/u.test(text);
    rows.push(cells);
  }
  flush();
  return tables;
}

function hasNumbersUnderWords(rows: RawCell[][]): boolean {
  if (rows.length < 3 || hasNumericCell(rows[0])) return false;
  for (let r = 1; r < rows.length; r++) if (!hasNumericCell(rows[r])) return false;
  return true;
}
