// A text kept as the pieces an editor's changes left: slices of the last whole text and the
// inserted strings. Applying an edit to one JavaScript string copies the whole text (V8 joins
// the parts on the first read: ~5 ms for 5 MB, a third of a keystroke's work); here an edit
// copies nothing, reads of a line or a slice join only what they cover, and the whole string
// is joined once, when something asks for all of it.

// Edits split pieces; past this many, the next edit joins the text first so reads stay cheap.
const MAX_PIECES = 128;
// Neighbouring pieces this short are joined on the spot, so typing a word leaves one piece.
const SMALL_PIECE = 256;

export type TextSource = string | PieceText;

export class PieceText {
  readonly length: number;
  private whole: string | undefined;

  private constructor(private readonly pieces: readonly string[], private readonly starts: readonly number[], length: number) {
    this.length = length;
    if (pieces.length === 1) this.whole = pieces[0];
  }

  static of(text: string): PieceText {
    return new PieceText([text], [0], text.length);
  }

  get pieceCount(): number {
    return this.pieces.length;
  }

  /** The text with [start, end) replaced by `inserted` (offsets clamped to the text). */
  edited(start: number, end: number, inserted: string): PieceText {
    const from = clamp(Math.min(start, end), this.length), to = clamp(Math.max(start, end), this.length);
    // Once joined (something read the whole text), edits cut the joined string: the pieces start over.
    if (this.whole !== undefined && this.pieces.length > 1) return PieceText.of(this.whole).edited(from, to, inserted);
    if (this.pieces.length >= MAX_PIECES) return PieceText.of(this.toString()).edited(from, to, inserted);
    const out: string[] = [];
    const push = (piece: string) => {
      if (!piece.length) return;
      const last = out.length - 1;
      if (last >= 0 && out[last].length < SMALL_PIECE && piece.length < SMALL_PIECE) out[last] += piece;
      else out.push(piece);
    };
    // What comes before the edit, the inserted text, what comes after it.
    for (let i = 0; i < this.pieces.length && this.starts[i] < from; i++) push(this.pieces[i].slice(0, from - this.starts[i]));
    push(inserted);
    for (let i = 0; i < this.pieces.length; i++) {
      const s = this.starts[i], piece = this.pieces[i];
      if (s + piece.length > to) push(s >= to ? piece : piece.slice(to - s));
    }
    return PieceText.fromPieces(out);
  }

  slice(start: number, end: number): string {
    if (this.whole !== undefined) return this.whole.slice(start, end);
    const from = clamp(start, this.length), to = clamp(end, this.length);
    if (to <= from) return "";
    let i = this.pieceAt(from);
    const first = this.pieces[i], offset = this.starts[i];
    if (to <= offset + first.length) return first.slice(from - offset, to - offset);
    let out = first.slice(from - offset);
    for (i++; i < this.pieces.length && this.starts[i] < to; i++) out += this.pieces[i].slice(0, to - this.starts[i]);
    return out;
  }

  charCodeAt(offset: number): number {
    if (this.whole !== undefined) return this.whole.charCodeAt(offset);
    if (offset < 0 || offset >= this.length) return NaN;
    const i = this.pieceAt(offset);
    return this.pieces[i].charCodeAt(offset - this.starts[i]);
  }

  /** The whole text as one string: joined on the first call, then kept. */
  toString(): string {
    return (this.whole ??= this.pieces.join(""));
  }

  private static fromPieces(pieces: string[]): PieceText {
    const starts = new Array<number>(pieces.length);
    let at = 0;
    for (let i = 0; i < pieces.length; i++) { starts[i] = at; at += pieces[i].length; }
    return new PieceText(pieces.length ? pieces : [""], pieces.length ? starts : [0], at);
  }

  /** Index of the piece holding `offset` (0 ≤ offset < length). */
  private pieceAt(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}
