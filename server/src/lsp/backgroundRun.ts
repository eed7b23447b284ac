// Runs long work (the cross-file rematch) a few steps per event-loop turn, so the messages that
// arrive meanwhile (an edit, a hover) are handled between steps; cancel() abandons the run.
// The protocol connection handles its queued messages in setImmediate turns, as the run does.

/** Steps are run until this much time passed in one turn, then the turn ends. */
const TURN_BUDGET_MS = 8;

export interface RunEvents {
  /** After the last step. */
  done: () => void;
  /** Once, when the run did not finish within its first turn (it is a long one). */
  paused?: () => void;
  failed: (error: unknown) => void;
}

export class BackgroundRun {
  private current: { steps: Iterator<unknown>; immediate: NodeJS.Immediate } | null = null;

  get isRunning(): boolean {
    return this.current !== null;
  }

  start(steps: Iterator<unknown>, events: RunEvents): void {
    this.cancel();
    let turns = 0;
    const turn = () => {
      const until = performance.now() + TURN_BUDGET_MS;
      try {
        do {
          if (steps.next().done) { this.current = null; events.done(); return; }
        } while (performance.now() < until);
      } catch (e) {
        this.current = null;
        events.failed(e);
        return;
      }
      if (turns++ === 0) events.paused?.();
      if (this.current) this.current.immediate = setImmediate(turn);
    };
    this.current = { steps, immediate: setImmediate(turn) };
  }

  /** Stops the run between two steps; returns whether one was running. */
  cancel(): boolean {
    const run = this.current;
    if (!run) return false;
    this.current = null;
    clearImmediate(run.immediate);
    run.steps.return?.(undefined);
    return true;
  }
}
