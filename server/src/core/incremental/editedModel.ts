// The text model of an edited version built from the previous one: line starts before the
// edit are copied, lines after it are moved by the edit's length, and only the edited lines
// are scanned for line breaks. Same answers as createTextModel(text), without reading the
// whole text again (which costs more than the rest of a small edit's re-analysis).
import { LineTableModel, type TextDocumentModel, type TextSource } from "../document";
import type { TextChange } from "./textDiff";

const LF = 10, CR = 13;

/**
 * `change` is aligned to whole lines of `old` (alignToLines), `text` is the new version. Null when
 * the edit pairs a CR before it with an LF it inserts (the line before the edit changes), so the
 * caller builds the model from scratch.
 */
export function createEditedModel(old: TextDocumentModel, text: TextSource, change: TextChange): TextDocumentModel | null {
  const { start, oldEnd, newEnd } = change;
  if (start > 0 && old.charCodeAt(start - 1) === CR && text.charCodeAt(start) === LF) return null;
  const first = old.lineAt(start);
  if (old.lineStart(first) !== start) return null;
  // Lines from `oldEnd` on are the common suffix; alignToLines put oldEnd on a line start.
  const hasTail = oldEnd < old.length;
  const tailFirst = hasTail ? old.lineAt(oldEnd) : old.lineCount;
  if (hasTail && old.lineStart(tailFirst) !== oldEnd) return null;
  if (hasTail && !endsWithBreak(text, start, newEnd)) return null;
  // With a tail, the edited lines are the complete lines of [start, newEnd): none when it is empty.
  // Only the edited lines are read, as one slice (an edited PieceText is never joined here).
  const scanEnd = hasTail ? newEnd : text.length;
  const region = text.slice(start, Math.min(text.length, scanEnd + 1));
  const edited = hasTail && newEnd === start ? [] : listLineStarts(region, start, scanEnd, hasTail);
  const tailCount = old.lineCount - tailFirst;
  const count = first + edited.length + tailCount;
  const starts = new Int32Array(count), ends = new Int32Array(count);
  // Models are LineTableModels in practice: copy their tables instead of calling lineStart per line.
  const before = old instanceof LineTableModel ? old.lineTables() : undefined;
  const delta = newEnd - oldEnd;
  if (before) {
    starts.set(before.starts.subarray(0, first));
    ends.set(before.ends.subarray(0, first));
  } else {
    for (let l = 0; l < first; l++) { starts[l] = old.lineStart(l); ends[l] = old.lineEnd(l); }
  }
  for (let i = 0; i < edited.length; i++) {
    const line = first + i;
    starts[line] = edited[i];
    const next = i + 1 < edited.length ? edited[i + 1] : hasTail ? newEnd : -1;
    ends[line] = next < 0 ? text.length : lineEndBefore(region, start, next);
  }
  for (let l = tailFirst, line = first + edited.length; l < old.lineCount; l++, line++) {
    starts[line] = (before ? before.starts[l] : old.lineStart(l)) + delta;
    ends[line] = (before ? before.ends[l] : old.lineEnd(l)) + delta;
  }
  return new LineTableModel(text, starts, ends);
}

/** Starts of the lines beginning in [from, to); `from` is a line start and `region` the text
 * from there (one character past `to`). With `toIsLineStart`, a break ending exactly at `to`
 * starts a line that is not listed (it belongs to the tail). */
function listLineStarts(region: string, from: number, to: number, toIsLineStart: boolean): number[] {
  const out = [from];
  let i = from;
  while (i < to) {
    const c = region.charCodeAt(i - from);
    if (c === LF || c === CR) {
      const after = c === CR && region.charCodeAt(i + 1 - from) === LF ? i + 2 : i + 1;
      if (after < to || !toIsLineStart) out.push(after);
      i = after;
    } else i++;
  }
  return out;
}

/** True when [start, end) is empty or ends with a whole line break (a CR there is not followed by an LF). */
function endsWithBreak(text: TextSource, start: number, end: number): boolean {
  if (end === start) return true;
  const c = text.charCodeAt(end - 1);
  return c === LF || (c === CR && text.charCodeAt(end) !== LF);
}

/** Offset of the last content character's end of the line that the break before `next` ends
 * (`region` is the text from offset `from`). */
function lineEndBefore(region: string, from: number, next: number): number {
  let end = next - 1;
  if (region.charCodeAt(end - from) === LF && region.charCodeAt(end - 1 - from) === CR) end--;
  return end;
}
