// Where the reviewer is reading in each document: the last edit, hover, code-action range or
// visible range (inlay-hint requests carry it). When a file has more claims than
// seedReview.claims.maxDiagnosticsPerFile, the diagnostics shown are the ones around this place,
// and they follow it when the reader moves out of the middle of what is shown.

/** Offsets of the first and last claim shown when a document's diagnostics were cut. */
export interface ShownClaims { start: number; end: number; atTextStart: boolean; atTextEnd: boolean }

// The reader may move through the outer quarters of a shown window before it follows them:
// scrolling back and forth near the middle must not republish on every step.
const SLACK = 0.25;

export class ReadingFocus {
  private readonly offsets = new Map<string, number>();
  private readonly shown = new Map<string, ShownClaims>();

  offsetOf(uri: string): number | undefined {
    return this.offsets.get(uri);
  }

  /** Records where the reader is; true when the shown diagnostics should move there. */
  note(uri: string, offset: number): boolean {
    if (!Number.isFinite(offset) || offset < 0) return false;
    this.offsets.set(uri, offset);
    const shown = this.shown.get(uri);
    if (!shown) return false;
    const slack = (shown.end - shown.start) * SLACK;
    const before = offset < shown.start + slack && !shown.atTextStart;
    const after = offset > shown.end - slack && !shown.atTextEnd;
    return before || after;
  }

  /** What the last publish showed; null when it showed every claim (nothing to follow). */
  setShown(uri: string, shown: ShownClaims | null): void {
    if (shown) this.shown.set(uri, shown); else this.shown.delete(uri);
  }

  delete(uri: string): void {
    this.offsets.delete(uri);
    this.shown.delete(uri);
  }
}
