// Timing helpers for the benchmark: a warm-up run, then the median of several timed runs.

export function timeOnce(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export interface Timing { wallMs: number; cpuMs: number }

/**
 * Median wall and CPU time in ms of `runs` runs after one untimed warm-up (and a GC between
 * runs when exposed). CPU time stays meaningful when other processes share the machine.
 */
export function medianTime(run: () => unknown, runs: number): Timing {
  run();
  const wall: number[] = [], cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.cpuUsage();
    wall.push(timeOnce(run));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
