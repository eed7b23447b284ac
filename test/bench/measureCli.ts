// The batch user's view: the whole `seed-review analyze --format json FILE` process (start-up,
// reading, analysis, cross-file pass, JSON output), timed like cspell's whole process.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { median } from "./timing";

const CLI = resolve(__dirname, "../../dist/cli.js");

export interface CliTime { ms: number }

export function measureCli(path: string, runs: number): CliTime | null {
  if (!existsSync(CLI)) return null;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [CLI, "analyze", "--format", "json", path], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    times.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`seed-review analyze failed (exit ${run.status}): ${run.stderr.trim().slice(0, 300)}`);
  }
  return { ms: median(times) };
}
