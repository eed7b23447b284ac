// The text model of an edited version built from the previous one: line starts before the
// edit are copied, lines after it are moved by the edit's length, and only the edited lines
// are scanned for line breaks. Same answers as createTextModel(text), without reading the
// whole text again (which costs more than the rest of a small edit's re-analysis).
import { LineTableModel, type TextDocumentModel } from "../document";
import type { TextChange } from "./textDiff";

const LF = 10, CR = 13;

/**
 * `change` is aligned to whole lines of `old` (alignToLines), `text` is the new version. Null when
 * the edit pairs a CR before it with an LF it inserts (the line before the edit changes), so the
 * caller builds the model from scratch.
 */
export function createEditedModel(old: TextDocumentModel, text: string, change: TextChange): TextDocumentModel | null {
  const { start, oldEnd, newEnd } = change;
  if (start > 0 && old.text.charCodeAt(start - 1) === CR && text.charCodeAt(start) === LF) return null;
  const first = old.lineAt(start);
  if (old.lineStart(first) !== start) return null;
  // Lines from `oldEnd` on are the common suffix; alignToLines put oldEnd on a line start.
  const hasTail = oldEnd < old.text.length;
  const tailFirst = hasTail ? old.lineAt(oldEnd) : old.lineCount;
  if (hasTail && old.lineStart(tailFirst) !== oldEnd) return null;
  if (hasTail && !endsWithBreak(text, start, newEnd)) return null;
  // With a tail, the edited lines are the complete lines of [start, newEnd): none when it is empty.
  const edited = hasTail && newEnd === start ? [] : listLineStarts(text, start, hasTail ? newEnd : text.length, hasTail);
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
    ends[line] = next < 0 ? text.length : lineEndBefore(text, next);
  }
  for (let l = tailFirst, line = first + edited.length; l < old.lineCount; l++, line++) {
    starts[line] = (before ? before.starts[l] : old.lineStart(l)) + delta;
    ends[line] = (before ? before.ends[l] : old.lineEnd(l)) + delta;
  }
  return new LineTableModel(text, starts, ends);
}

/** Starts of the lines beginning in [from, to); `from` is a line start. With `toIsLineStart`,
 * a break ending exactly at `to` starts a line that is not listed (it belongs to the tail). */
function listLineStarts(text: string, from: number, to: number, toIsLineStart: boolean): number[] {
  const out = [from];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      const after = c === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      if (after < to || !toIsLineStart) out.push(after);
      i = after;
    } else i++;
  }
  return out;
}

/** True when [start, end) is empty or ends with a whole line break (a CR there is not followed by an LF). */
function endsWithBreak(text: string, start: number, end: number): boolean {
  if (end === start) return true;
  const c = text.charCodeAt(end - 1);
  return c === LF || (c === CR && text.charCodeAt(end) !== LF);
}

/** Offset of the last content character's end of the line that the break before `next` ends. */
function lineEndBefore(text: string, next: number): number {
  let end = next - 1;
  if (text.charCodeAt(end) === LF && text.charCodeAt(end - 1) === CR) end--;
  return end;
}
