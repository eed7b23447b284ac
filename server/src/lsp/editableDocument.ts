// An open document whose edits never copy its whole text. vscode-languageserver-textdocument
// rebuilds the content string on every change and reads it at once, which makes V8 copy all of
// it (~5 ms per keystroke in a 5 MB file); here the text is a PieceText, the incremental
// analysis reads it around the edit only, and the whole string is joined when asked for.
// Positions follow the LSP rules exactly as that library does (line breaks \r\n, \r, \n;
// offsets inside a line break move before it).
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Position, Range, TextDocumentContentChangeEvent } from "vscode-languageserver";
import { PieceText } from "../core/document";

const LF = 10, CR = 13;
// A spread of more arguments than this into splice can overflow the stack.
const SPLICE_LIMIT = 10_000;

export class EditableDocument implements TextDocument {
  private text: PieceText;
  private lineOffsets: number[] | undefined;

  private constructor(readonly uri: string, readonly languageId: string, private currentVersion: number, content: string) {
    this.text = PieceText.of(content);
  }

  static create(uri: string, languageId: string, version: number, content: string): EditableDocument {
    return new EditableDocument(uri, languageId, version, content);
  }

  get version(): number {
    return this.currentVersion;
  }

  /** The text for the analysis: read in parts, joined only by whoever needs all of it. */
  get source(): PieceText {
    return this.text;
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    // A reversed range reads the same text as the ordered one (substring's rule, which TextDocument uses).
    const a = this.offsetAt(range.start), b = this.offsetAt(range.end);
    return this.text.slice(Math.min(a, b), Math.max(a, b));
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!("range" in change)) {
        this.text = PieceText.of(change.text);
        this.lineOffsets = undefined;
        continue;
      }
      const { start, end } = orderRange(change.range);
      const startOffset = this.offsetAt(start), endOffset = this.offsetAt(end);
      let lineOffsets = this.offsets();
      this.text = this.text.edited(startOffset, endOffset, change.text);
      const insertedEnd = startOffset + change.text.length;
      // A CR LF pair formed across an edge of the edit joins two line breaks into one: count again.
      if (this.isCrLfAt(startOffset) || this.isCrLfAt(insertedEnd)) {
        this.lineOffsets = undefined;
        continue;
      }
      const startLine = Math.max(start.line, 0), endLine = Math.max(end.line, 0);
      const added = listLineOffsets(change.text, false, startOffset);
      // The lines the edit removed give way to the ones it added (in place when as many); later
      // lines move by its length.
      if (endLine - startLine === added.length) for (let i = 0; i < added.length; i++) lineOffsets[startLine + 1 + i] = added[i];
      else if (added.length < SPLICE_LIMIT) lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
      else this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
      const diff = change.text.length - (endOffset - startOffset);
      if (diff !== 0) for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] += diff;
    }
    this.currentVersion = version;
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    const offsets = this.offsets();
    let low = 0, high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] > at) high = mid; else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeLineBreak(at, offsets[line]) - offsets[line] };
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= offsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < offsets.length ? offsets[position.line + 1] : this.text.length;
    return this.beforeLineBreak(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  /** Line `line` without its line break (clamped to the document). */
  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - offsets[last] } };
    }
    const { from, contentEnd } = this.lineBounds(line);
    return { start: { line, character: 0 }, end: { line, character: contentEnd - from } };
  }

  /** The line break ending line `line` ("" for the last line or a line outside the document). */
  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.offsets().length) return "";
    const { contentEnd, next } = this.lineBounds(line);
    return this.text.slice(contentEnd, next);
  }

  private lineBounds(line: number): { from: number; contentEnd: number; next: number } {
    const offsets = this.offsets(), from = offsets[line];
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
    return { from, contentEnd: this.beforeLineBreak(next, from), next };
  }

  private offsets(): number[] {
    return (this.lineOffsets ??= listLineOffsets(this.text.toString(), true, 0));
  }

  private isCrLfAt(offset: number): boolean {
    return this.text.charCodeAt(offset - 1) === CR && this.text.charCodeAt(offset) === LF;
  }

  /** An offset inside or after a line's break moves back to the end of the line's content. */
  private beforeLineBreak(offset: number, lineOffset: number): number {
    let at = offset;
    while (at > lineOffset && isLineBreak(this.text.charCodeAt(at - 1))) at--;
    return at;
  }
}

/** Offsets (plus `base`) where lines start in `text`: after each \r\n, \r or \n, and at 0 when `atLineStart`. */
function listLineOffsets(text: string, atLineStart: boolean, base: number): number[] {
  const out = atLineStart ? [base] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLineBreak(c)) continue;
    if (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
    out.push(base + i + 1);
  }
  return out;
}

function isLineBreak(c: number): boolean {
  return c === CR || c === LF;
}

function orderRange(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
