// Per-document debouncing: a burst of edits results in one run, after the last edit settles.
// A newer edit cancels the pending run, so stale work never queues up.
export class Debouncer {
  private readonly pending = new Map<string, () => void>();

  constructor(private readonly delayMs: number, private readonly run: (key: string) => void) {}

  schedule(key: string, delayMs = this.delayMs): void {
    this.cancel(key);
    const timer = setTimeout(() => this.fire(key), delayMs);
    this.pending.set(key, () => clearTimeout(timer));
  }

  /**
   * Runs as soon as the messages already received are handled. The protocol connection handles
   * one queued message per event-loop turn (setImmediate), so waiting two turns lets every edit
   * of a burst that arrived together cancel this run first; a timer, even of 0 ms, may fire
   * between two of them.
   */
  scheduleSoon(key: string): void {
    this.cancel(key);
    let immediate = setImmediate(() => { immediate = setImmediate(() => this.fire(key)); });
    this.pending.set(key, () => clearImmediate(immediate));
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  cancel(key: string): void {
    this.pending.get(key)?.();
    this.pending.delete(key);
  }

  dispose(): void {
    for (const cancel of this.pending.values()) cancel();
    this.pending.clear();
  }

  private fire(key: string): void {
    this.pending.delete(key);
    this.run(key);
  }
}
