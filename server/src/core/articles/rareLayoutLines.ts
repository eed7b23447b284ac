// Lines that may start a rare layout: a newsletter masthead, a release line, a file marker, a
// press-release dateline.
// Segmentation runs on the whole file after each edit; with one remembered bit per line (the
// memo has room for one more fact, not three) the three rules read only these few lines, not
// the text of every line (reading far-away text cost ~2.5 ms per edit of a 5 MB file).
// (The memo bit is shared: each rule tests its own pattern again on these few lines.)
import { IS_RARE_LAYOUT, rememberFact, type MemoLine } from "./lineMemo";
import { isMastheadLine } from "./newsletterMasthead";
import { isReleaseLine } from "./releaseNotes";
import { isDatelineLead } from "./pressDatelines";

// A file marker's own line: "==> name <==" or a rule of colons (fileMarkers.ts checks the rest).
const FILE_MARKER_LINE = /^(?:==> \S.{0,300}? <==|:{6,80})$/;

function mayStartRareLayout(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 61 || c === 58) return FILE_MARKER_LINE.test(text);
  return isReleaseLine(text) || isMastheadLine(text) || isDatelineLead(text);
}

/** Indices of the lines a rare-layout rule may start on, in order. */
export function listRareLayoutLines(lines: readonly MemoLine[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) if (rememberFact(lines[i], IS_RARE_LAYOUT, mayStartRareLayout)) out.push(i);
  return out;
}
