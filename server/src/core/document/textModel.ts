// A read-only view of a text: line starts and offset <-> LSP position conversion in UTF-16
// code units. Line breaks are \r\n, \n or \r, as in the LSP specification.
import type { Position, Range, Span } from "../model";

export interface TextDocumentModel {
  readonly text: string;
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
  const ends = computeLineEnds(text, starts);
  const clampLine = (line: number) => Math.max(0, Math.min(line, starts.length - 1));
  const lineAt = (offset: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const positionAt = (offset: number): Position => {
    const at = Math.max(0, Math.min(offset, text.length));
    const line = lineAt(at);
    // An offset inside a line break belongs to the end of its line.
    return { line, character: Math.min(at, ends[line]) - starts[line] };
  };
  return {
    text,
    lineCount: starts.length,
    lineStart: (line) => starts[clampLine(line)],
    lineEnd: (line) => ends[clampLine(line)],
    lineText: (line) => text.slice(starts[clampLine(line)], ends[clampLine(line)]),
    lineAt,
    positionAt,
    offsetAt: ({ line, character }) => {
      if (line >= starts.length) return text.length;
      if (line < 0) return 0;
      const l = clampLine(line);
      return Math.min(starts[l] + Math.max(0, character), ends[l]);
    },
    rangeOf: (span) => ({ start: positionAt(span.start), end: positionAt(span.end) }),
  };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function computeLineEnds(text: string, starts: number[]): number[] {
  return starts.map((_, line) => {
    if (line === starts.length - 1) return text.length;
    let end = starts[line + 1] - 1;
    if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    return end;
  });
}
