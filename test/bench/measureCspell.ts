// cspell over the same file as a child process, whole-process wall time. `--root` is needed
// for files outside the current folder, or cspell silently checks nothing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";

const CSPELL = resolve(__dirname, "../../node_modules/.bin/cspell");

export interface CspellTime { ms: number; issues: number }

export function measureCspell(path: string): CspellTime | null {
  if (!existsSync(CSPELL)) return null;
  const start = performance.now();
  const run = spawnSync(CSPELL, ["lint", "--no-progress", "--no-summary", "--root", dirname(path), basename(path)], { cwd: dirname(path), encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  // Each reported unknown word is one line; zero would mean cspell checked nothing.
  const issues = (run.stdout ?? "").split("\n").filter((l) => l.includes("Unknown word")).length;
  // cspell exits 1 when it finds unknown words; anything else (e.g. a Node version it refuses)
  // means it checked nothing, and a baseline that did no work must not be reported.
  if (run.status !== 0 && run.status !== 1) throw new Error(`cspell failed (exit ${run.status}): ${(run.stderr || run.stdout).trim().slice(0, 300)}`);
  if (issues === 0) throw new Error("cspell reported no unknown words at all: it probably checked nothing");
  return { ms, issues };
}
