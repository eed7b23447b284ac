// A read-only view of a text: line starts and offset <-> LSP position conversion in UTF-16
// code units. Line breaks are \r\n, \n or \r, as in the LSP specification.
import type { Position, Range, Span } from "../model";
import { keepShape } from "./keptShapes";
import type { PieceText, TextSource } from "./pieceText";

export interface TextDocumentModel {
  /** The whole text (a model over an edited PieceText joins it on the first read). */
  readonly text: string;
  /** The text's length, and reads of parts of it that never join an edited text. */
  readonly length: number;
  slice(start: number, end: number): string;
  charCodeAt(offset: number): number;
  readonly lineCount: number;
  /** Offset of the first character of line `line`. */
  lineStart(line: number): number;
  /** Offset just after the last content character of `line` (before its line break). */
  lineEnd(line: number): number;
  lineText(line: number): string;
  lineAt(offset: number): number;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  rangeOf(span: Span): Range;
}

export function createTextModel(text: string): TextDocumentModel {
  const starts = computeLineStarts(text);
  return new LineTableModel(text, starts, computeLineEnds(text, starts));
}

/**
 * The model over line tables. A class rather than an object of closures: its methods are the
 * same function objects for every document, so optimised callers (every stage reads lines
 * through it) do not depend on one document's closures, which die with the document.
 */
export class LineTableModel implements TextDocumentModel {
  readonly lineCount: number;
  readonly length: number;
  private whole: string | undefined;

  constructor(private readonly source: TextSource, private readonly starts: Int32Array, private readonly ends: Int32Array) {
    this.lineCount = starts.length;
    this.length = source.length;
    this.whole = typeof source === "string" ? source : undefined;
  }

  get text(): string {
    return (this.whole ??= (this.source as PieceText).toString());
  }

  slice(start: number, end: number): string {
    return this.whole !== undefined ? this.whole.slice(start, end) : this.source.slice(start, end);
  }

  charCodeAt(offset: number): number {
    return this.whole !== undefined ? this.whole.charCodeAt(offset) : this.source.charCodeAt(offset);
  }

  /** The line tables themselves, so an edited version copies them instead of rescanning (incremental/editedModel.ts). */
  lineTables(): { starts: Int32Array; ends: Int32Array } { return { starts: this.starts, ends: this.ends }; }

  lineStart(line: number): number { return this.starts[this.clampLine(line)]; }
  lineEnd(line: number): number { return this.ends[this.clampLine(line)]; }
  lineText(line: number): string {
    const l = this.clampLine(line);
    return this.slice(this.starts[l], this.ends[l]);
  }

  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.length));
    const line = this.lineAt(at);
    // An offset inside a line break belongs to the end of its line.
    return { line, character: Math.min(at, this.ends[line]) - this.starts[line] };
  }

  offsetAt({ line, character }: Position): number {
    if (line >= this.starts.length) return this.length;
    if (line < 0) return 0;
    const l = this.clampLine(line);
    return Math.min(this.starts[l] + Math.max(0, character), this.ends[l]);
  }

  /** An own function, not a method: callers hand `doc.rangeOf` around on its own. */
  readonly rangeOf = (span: Span): Range => ({ start: this.positionAt(span.start), end: this.positionAt(span.end) });

  private clampLine(line: number): number {
    return Math.max(0, Math.min(line, this.starts.length - 1));
  }
}

// One model outlives each document, so the callers reading lines stay compiled (keptShapes.ts).
keepShape(createTextModel(""));

/** Line starts in a typed array (4 bytes a line, no boxed numbers); indexOf finds each break
 * far faster than a char-code loop over the whole text. */
function computeLineStarts(text: string): Int32Array {
  let starts = new Int32Array(Math.max(16, (text.length >> 6) + 1));
  let count = 1;
  const push = (offset: number) => {
    if (count === starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = offset;
  };
  let nextLf = text.indexOf("\n");
  // Most dumps have no \r at all: one indexOf pass over the text then decides.
  let nextCr = text.indexOf("\r");
  while (nextLf !== -1 || nextCr !== -1) {
    if (nextCr === -1 || (nextLf !== -1 && nextLf < nextCr)) {
      push(nextLf + 1);
      nextLf = text.indexOf("\n", nextLf + 1);
    } else {
      // \r\n is one break; a lone \r is a break of its own.
      const end = nextLf === nextCr + 1 ? nextLf : nextCr;
      push(end + 1);
      if (end === nextLf) nextLf = text.indexOf("\n", end + 1);
      nextCr = text.indexOf("\r", end + 1);
    }
  }
  return starts.subarray(0, count);
}

function computeLineEnds(text: string, starts: Int32Array): Int32Array {
  const ends = new Int32Array(starts.length);
  const last = starts.length - 1;
  for (let line = 0; line < last; line++) {
    let end = starts[line + 1] - 1;
    if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    ends[line] = end;
  }
  ends[last] = text.length;
  return ends;
}
