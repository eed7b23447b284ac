// A change between two versions (found by document/textChange.ts), widened to whole lines and
// turned into the line edit the segmentation state takes.
import { findTextChange, type TextChange, type TextDocumentModel } from "../document";
import type { LineEdit } from "../articles";

export type { TextChange };
export const findChangedRegion = findTextChange;

/**
 * Widens a change to whole lines of the old text: from the start of its first line to the
 * start of the line after its last one. The widened end lies in the common suffix, so the new
 * end moves by the same amount.
 */
export function alignToLines(change: TextChange, old: TextDocumentModel): TextChange {
  const start = old.lineStart(old.lineAt(change.start));
  const lastLine = old.lineAt(change.oldEnd);
  const oldEnd = lastLine + 1 < old.lineCount ? old.lineStart(lastLine + 1) : old.length;
  return { start, oldEnd, newEnd: change.newEnd + (oldEnd - change.oldEnd) };
}

/** The line-aligned change in document lines; undefined when line breaks around it moved (CR then LF). */
export function toLineEdit(change: TextChange, old: TextDocumentModel, next: TextDocumentModel): LineEdit | undefined {
  const first = old.lineAt(change.start);
  if (old.lineStart(first) !== change.start || next.lineAt(change.start) !== first || next.lineStart(first) !== change.start) return undefined;
  const oldEnd = change.oldEnd >= old.length ? old.lineCount : old.lineAt(change.oldEnd);
  const newEnd = change.newEnd >= next.length ? next.lineCount : next.lineAt(change.newEnd);
  if (oldEnd < old.lineCount && old.lineStart(oldEnd) !== change.oldEnd) return undefined;
  if (newEnd < next.lineCount && next.lineStart(newEnd) !== change.newEnd) return undefined;
  return old.lineCount - oldEnd === next.lineCount - newEnd ? { first, oldEnd, newEnd } : undefined;
}
