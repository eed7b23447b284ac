// `npm run fuzz [-- --runs N] [-- --seed S]`: runs analyze() on N generated inputs (default 10,000),
// one deterministic 10 MB single line and ~1 MB documents of repeated units; checks the output
// invariants and generous time bounds, prints the counts, the slowest case and a shrunk
// counterexample; exit 1 on any failure.
import fc from "fast-check";
import { analyze } from "../../server/src/core/analysis";
import { listViolations } from "./analysisInvariants";
import { listRepetitionCases } from "./repetitionCases";
import { anyAnalysisInput, buildLongLine } from "./textArbitraries";

/** Generous bounds: a fuzz case is at most a few KB, so seconds mean a super-linear path. */
const CASE_LIMIT_MS = 2_000;
/** The 10 MB line must stay linear: ~2 µs per character would already be slow, 60 s is a hang. */
const LONG_LINE_LIMIT_MS = 60_000;
const LONG_LINE_CHARS = 10_000_000;
/** A 1 MB repeated-unit document takes 1-3 s when linear; 20 s means quadratic work in a line. */
const REPETITION_LIMIT_MS = 20_000;
const RANDOM_REPETITION_UNITS = 10;

interface Outcome { problems: string[]; ms: number }

/** Analyses and checks one input. Time is the process's CPU time (user + system), which other
 *  processes on a busy machine do not inflate the way they inflate wall-clock time. */
function runCase(text: string, limitMs: number): Outcome {
  const t0 = process.cpuUsage();
  let problems: string[];
  try {
    const analysis = analyze(text);
    problems = listViolations(text, analysis);
  } catch (e) {
    problems = [`analyze threw: ${(e as Error).stack ?? e}`];
  }
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  if (ms > limitMs) problems.push(`took ${ms.toFixed(0)} ms of CPU (bound ${limitMs} ms) for ${text.length} characters`);
  return { problems, ms };
}

function readFlag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v)) throw new Error(`${name} needs a number`);
  return v;
}

function main(): number {
  const runs = readFlag("--runs", 10_000);
  const seed = readFlag("--seed", Date.now() % 2 ** 31);
  console.log(`fuzz: ${runs} generated cases, seed ${seed} (repeat with --seed ${seed})`);
  let failures = 0, slowest = { ms: 0, index: -1, length: 0 }, chars = 0;
  const firstFailures: string[] = [];
  const batch = 500;
  for (let done = 0; done < runs; done += batch) {
    const inputs = fc.sample(anyAnalysisInput, { numRuns: Math.min(batch, runs - done), seed: seed + done });
    inputs.forEach((text, k) => {
      const { problems, ms } = runCase(text, CASE_LIMIT_MS);
      chars += text.length;
      if (ms > slowest.ms) slowest = { ms, index: done + k, length: text.length };
      if (problems.length) {
        failures++;
        if (firstFailures.length < 5) firstFailures.push(`case ${done + k} ${JSON.stringify(text.slice(0, 300))}\n    ${problems.slice(0, 3).join("\n    ")}`);
      }
    });
  }
  console.log(`generated: ${runs} cases (${(chars / 1e6).toFixed(1)} M chars), ${failures} failures, max per-case ${slowest.ms.toFixed(1)} ms CPU (case ${slowest.index}, ${slowest.length} chars)`);
  for (const f of firstFailures) console.log(`  FAIL ${f}`);
  if (failures) printShrunk(seed, runs);

  const long = runCase(buildLongLine(LONG_LINE_CHARS), LONG_LINE_LIMIT_MS);
  console.log(`10 MB single line: ${long.ms.toFixed(0)} ms, ${long.problems.length ? "FAIL " + long.problems.slice(0, 3).join("; ") : "ok"}`);
  const repetitions = listRepetitionCases(seed, RANDOM_REPETITION_UNITS);
  let repetitionFailures = 0, slowestRepetition = { ms: 0, unit: "" };
  for (const { unit, text } of repetitions) {
    const r = runCase(text, REPETITION_LIMIT_MS);
    if (r.ms > slowestRepetition.ms) slowestRepetition = { ms: r.ms, unit };
    if (r.problems.length) {
      repetitionFailures++;
      console.log(`  FAIL repeated unit ${JSON.stringify(unit)} (${text.length} chars): ${r.problems.slice(0, 3).join("; ")}`);
    }
  }
  console.log(`repeated-unit documents: ${repetitions.length} cases, ${repetitionFailures} failures, max ${slowestRepetition.ms.toFixed(0)} ms (unit ${JSON.stringify(slowestRepetition.unit)})`);
  const cases = runs + 1 + repetitions.length;
  const total = failures + (long.problems.length ? 1 : 0) + repetitionFailures;
  console.log(`fuzz: ${cases} cases, ${total} failures${total ? ` (repeat with --seed ${seed})` : ""}`);
  return total ? 1 : 0;
}

/** Re-runs the property with fast-check's shrinking to print a minimal counterexample. */
function printShrunk(seed: number, runs: number): void {
  const result = fc.check(fc.property(anyAnalysisInput, (text) => runCase(text, CASE_LIMIT_MS).problems.length === 0), { seed, numRuns: runs });
  if (result.failed && result.counterexample) {
    const [text] = result.counterexample;
    console.log(`  minimal counterexample: ${JSON.stringify(text)}\n    ${runCase(text, CASE_LIMIT_MS).problems.slice(0, 3).join("\n    ")}`);
  }
}

process.exitCode = main();
