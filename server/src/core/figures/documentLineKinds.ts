// Per-document answers of hasDigit and isDataRow by line: the table finder and the figure
// scanner ask both of the same lines, so each line is tested once per document.
import type { TextDocumentModel } from "../document";
import { keepShape } from "../document/keptShapes";
import { isDataRow } from "./lineKinds";
import { hasDigit } from "./numberToken";

type LineSource = Pick<TextDocumentModel, "lineCount" | "lineText">;

// Bits of a line's entry; 0 means not yet asked.
const DIGIT_KNOWN = 1, DIGIT = 2, ROW_KNOWN = 4, ROW = 8;

export class DocumentLineKinds {
  private readonly bits: Uint8Array;

  constructor(private readonly doc: LineSource) {
    this.bits = new Uint8Array(doc.lineCount);
  }

  /** hasDigit(doc.lineText(line)). */
  hasDigit(line: number): boolean {
    let b = this.bits[line];
    if ((b & DIGIT_KNOWN) === 0) {
      b |= DIGIT_KNOWN | (hasDigit(this.doc.lineText(line)) ? DIGIT : 0);
      this.bits[line] = b;
    }
    return (b & DIGIT) !== 0;
  }

  /** isDataRow(doc.lineText(line)); a line without a digit is never one, so its text is not read. */
  isDataRow(line: number): boolean {
    let b = this.bits[line];
    if ((b & ROW_KNOWN) === 0) {
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
