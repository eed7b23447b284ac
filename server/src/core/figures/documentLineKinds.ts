// Per-document answers of hasDigit and isDataRow by line: the table finder and the figure
// scanner ask both of the same lines, so each line is tested once per document.
import type { TextDocumentModel } from "../document";
import { keepShape } from "../document/keptShapes";
import { isDataRow } from "./lineKinds";
import { hasDigit } from "./numberToken";

/** Documents with their text and line bounds get every line's digit answer from one scan. */
type LineSource = Pick<TextDocumentModel, "lineCount" | "lineText"> & Partial<Pick<TextDocumentModel, "text" | "lineStart" | "lineEnd">>;

// Bits of a line's entry; 0 means not yet asked.
const DIGIT_KNOWN = 1, DIGIT = 2, ROW_KNOWN = 4, ROW = 8;
/** One native search over the whole text, resumed at the next line after each hit: both
 * stages ask every line, and a per-line test costs a slice and a call per line. */
const ANY_DIGIT = /[0-9]/g;

export class DocumentLineKinds {
  private readonly bits: Uint8Array;
  private digitsScanned = false;

  constructor(private readonly doc: LineSource) {
    this.bits = new Uint8Array(doc.lineCount);
  }

  /** hasDigit(doc.lineText(line)). */
  hasDigit(line: number): boolean {
    let b = this.bits[line];
    if ((b & DIGIT_KNOWN) === 0) {
      if (this.scanDigits()) return this.hasDigit(line);
      b |= DIGIT_KNOWN | (hasDigit(this.doc.lineText(line)) ? DIGIT : 0);
      this.bits[line] = b;
    }
    return (b & DIGIT) !== 0;
  }

  /** isDataRow(doc.lineText(line)); a line without a digit is never one, so its text is not read. */
  isDataRow(line: number): boolean {
    let b = this.bits[line];
    if ((b & ROW_KNOWN) === 0) {
      if ((b & DIGIT_KNOWN) === 0 && this.scanDigits()) return this.isDataRow(line);
      if ((b & DIGIT_KNOWN) === 0) {
        // Both answers from one slice of the line.
        const text = this.doc.lineText(line);
        b = hasDigit(text) ? DIGIT_KNOWN | DIGIT | ROW_KNOWN | (isDataRow(text) ? ROW : 0) : DIGIT_KNOWN | ROW_KNOWN;
      } else {
        b |= ROW_KNOWN | ((b & DIGIT) !== 0 && isDataRow(this.doc.lineText(line)) ? ROW : 0);
      }
      this.bits[line] = b;
    }
    return (b & ROW) !== 0;
  }

  /** Sets the digit answer of every line at once; false (nothing done) without text and bounds. */
  private scanDigits(): boolean {
    const { text, lineStart, lineEnd } = this.doc;
    if (this.digitsScanned || text === undefined || !lineStart || !lineEnd) return false;
    this.digitsScanned = true;
    const bits = this.bits;
    const n = bits.length;
    for (let l = 0; l < n; l++) bits[l] |= DIGIT_KNOWN;
    const re = ANY_DIGIT;
    re.lastIndex = 0;
    let line = 0;
    while (line < n && re.test(text)) {
      const at = re.lastIndex - 1;
      // Lines are in text order: move to the line holding `at` (a digit is never a line break).
      while (line < n && this.doc.lineEnd!(line) <= at) line++;
      if (line >= n) break;
      if (this.doc.lineStart!(line) <= at) bits[line] |= DIGIT;
      line++;
      if (line < n) re.lastIndex = this.doc.lineStart!(line);
    }
    return true;
  }
}

// One instance outlives each document, so the code reading it stays compiled (keptShapes.ts).
keepShape(new DocumentLineKinds({ lineCount: 0, lineText: () => "" }));

// Text models are immutable, so the answers hold for the life of the model object.
const byDocument = new WeakMap<LineSource, DocumentLineKinds>();

export function lineKindsOf(doc: LineSource): DocumentLineKinds {
  let kinds = byDocument.get(doc);
  if (!kinds) { kinds = new DocumentLineKinds(doc); byDocument.set(doc, kinds); }
  return kinds;
}
