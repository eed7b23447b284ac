// The region two versions of a text differ in: their common prefix and suffix, compared a
// chunk at a time (string equality of slices runs at memory speed), then character by character.
import type { TextDocumentModel } from "../document";
import type { LineEdit } from "../articles";

/** Text before `start` and from `oldEnd` (old) / `newEnd` (new) to the end is the same. */
export interface TextChange { start: number; oldEnd: number; newEnd: number }

// Big enough that most of a 5 MB compare is a few thousand slice comparisons, small enough
// that the character-by-character tail stays short.
const CHUNK = 4096;

export function findChangedRegion(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= limit && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The suffix may not overlap the prefix in either text.
  const room = limit - start;
  let tail = 0;
  while (tail + CHUNK <= room && before.slice(before.length - tail - CHUNK, before.length - tail) === after.slice(after.length - tail - CHUNK, after.length - tail)) tail += CHUNK;
  while (tail < room && before.charCodeAt(before.length - tail - 1) === after.charCodeAt(after.length - tail - 1)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * Widens a change to whole lines of the old text: from the start of its first line to the
 * start of the line after its last one. The widened end lies in the common suffix, so the new
 * end moves by the same amount.
 */
export function alignToLines(change: TextChange, old: TextDocumentModel): TextChange {
  const start = old.lineStart(old.lineAt(change.start));
  const lastLine = old.lineAt(change.oldEnd);
  const oldEnd = lastLine + 1 < old.lineCount ? old.lineStart(lastLine + 1) : old.text.length;
  return { start, oldEnd, newEnd: change.newEnd + (oldEnd - change.oldEnd) };
}

/** The line-aligned change in document lines; undefined when line breaks around it moved (CR then LF). */
export function toLineEdit(change: TextChange, old: TextDocumentModel, next: TextDocumentModel): LineEdit | undefined {
  const first = old.lineAt(change.start);
  if (old.lineStart(first) !== change.start || next.lineAt(change.start) !== first || next.lineStart(first) !== change.start) return undefined;
  const oldEnd = change.oldEnd >= old.text.length ? old.lineCount : old.lineAt(change.oldEnd);
  const newEnd = change.newEnd >= next.text.length ? next.lineCount : next.lineAt(change.newEnd);
  if (oldEnd < old.lineCount && old.lineStart(oldEnd) !== change.oldEnd) return undefined;
  if (newEnd < next.lineCount && next.lineStart(newEnd) !== change.newEnd) return undefined;
  return old.lineCount - oldEnd === next.lineCount - newEnd ? { first, oldEnd, newEnd } : undefined;
}
