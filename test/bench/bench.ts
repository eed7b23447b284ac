// `npm run bench`: builds 1, 5 and 20 MB inputs from the sample corpus and measures, on the same
// bytes, our analysis against a one-regex digit scan and cspell, the LSP edit path, per-MB
// scaling and peak memory. Prints ratios against targets and writes bench/results.json.
// Nothing here asserts on time: CI does not gate on it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { resolve } from "node:path";
import { prepareInputs } from "./benchInputs";
import { checkRatio, formatRatios, formatTable, referenceRatio } from "./benchReport";
import { loadBundledCore } from "./bundledCore";
import { measureCore, measureIncremental } from "./measureCore";
import { measureCrossFile } from "./measureCrossFile";
import { measureCli } from "./measureCli";
import { measureCspell } from "./measureCspell";
import { measureLsp, WARM_UP } from "./measureLsp";
import { bundleProbe, measureMemory } from "./measureMemory";

const ROOT = resolve(__dirname, "../..");
const CORPUS = resolve(ROOT, process.env.SEED_CORPUS ?? "../shared/corpus");
const SIZES_MB = (process.env.BENCH_SIZES ?? "1,5,20").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`bench: no sample corpus at ${CORPUS} (set SEED_CORPUS to a folder of *.txt dumps); nothing measured.`);
    return;
  }
  // Generated from third-party corpus text: kept outside the repository, in the temp folder.
  const inputsDir = resolve(tmpdir(), "seed-review-bench");
  const inputs = prepareInputs(CORPUS, inputsDir, SIZES_MB);
  const probe = bundleProbe(inputsDir);
  const bundled = loadBundledCore(inputsDir);
  const sizes = [];
  for (const input of inputs) {
    const text = readFileSync(input.path, "utf8");
    const mb = input.bytes / 1e6;
    process.stderr.write(`bench: ${input.label} …\n`);
    const core = measureCore(bundled, text, input.megabytes >= 20 ? Math.min(RUNS, 2) : RUNS);
    const cspell = measureCspell(input.path);
    const cli = measureCli(input.path, input.megabytes >= 20 ? 1 : Math.min(RUNS, 2));
    const memory = measureMemory(probe, input.path);
    const crossFile = measureCrossFile(text, input.megabytes >= 20 ? 1 : RUNS);
    sizes.push({
      label: input.label, bytes: input.bytes, ...core,
      oursMBps: mb / (core.analysisMs / 1000), regexMBps: mb / (core.regexMs / 1000), wordLoopMBps: mb / (core.wordLoopMs / 1000),
      cspellMs: cspell?.ms ?? null, cspellIssues: cspell?.issues ?? null, cspellMBps: cspell ? mb / (cspell.ms / 1000) : null,
      cliMs: cli?.ms ?? null, cliMBps: cli ? mb / (cli.ms / 1000) : null,
      oursCpuMBps: mb / (core.analysisCpuMs / 1000), regexCpuMBps: mb / (core.regexCpuMs / 1000),
      msPerMB: core.analysisMs / mb, cpuMsPerMB: core.analysisCpuMs / mb, peakRssMB: memory?.peakMB ?? null, baselineRssMB: memory?.baselineMB ?? null,
      crossFile, crossFileMsPerMB: crossFile.totalMs / mb,
    });
  }
  const five = inputs.find((i) => i.megabytes === 5) ?? inputs[Math.min(1, inputs.length - 1)];
  const fiveText = readFileSync(five.path, "utf8");
  process.stderr.write(`bench: LSP edit path on ${five.label} …\n`);
  const lsp = await measureLsp(fiveText, WARM_UP + 20);
  const incremental = measureIncremental(bundled, fiveText, 20);
  const fiveSize = sizes.find((s) => s.label === five.label)!;
  const first = sizes[0], last = sizes[sizes.length - 1];
  // cspell's per-MB cost without its start-up: the slope between the smallest and largest input.
  const extraMB = (last.bytes - first.bytes) / 1e6;
  const cspellSlope = last.cspellMs !== null && first.cspellMs !== null && extraMB > 0 ? (last.cspellMs - first.cspellMs) / extraMB : null;
  const oursSlope = extraMB > 0 ? (last.analysisMs - first.analysisMs) / extraMB : null;

  console.log(formatTable(
    ["input", "MB", "ours ms", "ours MB/s", "(cpu)", "CLI MB/s", "regex MB/s", "(cpu)", "char loop MB/s", "cspell MB/s", "ms/MB", "(cpu)", "peak RSS MB", "articles", "figures", "claims"],
    sizes.map((s) => [s.label, (s.bytes / 1e6).toFixed(2), s.analysisMs.toFixed(0), s.oursMBps.toFixed(2), s.oursCpuMBps.toFixed(2), s.cliMBps?.toFixed(2) ?? "n/a", s.regexMBps.toFixed(0), s.regexCpuMBps.toFixed(0), s.wordLoopMBps.toFixed(0),
      s.cspellMBps?.toFixed(2) ?? "n/a", s.msPerMB.toFixed(0), s.cpuMsPerMB.toFixed(0), s.peakRssMB?.toFixed(0) ?? "n/a", s.articles, s.figures, s.claims]),
  ));
  console.log("\nCross-file index (cpu ms: sign articles, match duplicates, figure conflicts; the input cut into ~100 KB files)");
  console.log(formatTable(
    ["input", "files", "dup groups", "conflicts", "sign", "match", "conflicts ms", "ms/MB", "server index build ms", "rematch after an edit ms"],
    sizes.map((s) => [s.label, s.crossFile.files, s.crossFile.duplicateGroups, s.crossFile.conflicts, s.crossFile.signMs.toFixed(0), s.crossFile.matchMs.toFixed(0), s.crossFile.conflictMs.toFixed(0), s.crossFileMsPerMB.toFixed(1),
      s.crossFile.indexBuildMs.toFixed(0), s.crossFile.editRematchMs.toFixed(1)]),
  ));
  console.log(`\nLSP (${five.label}): open→diagnostics ${lsp.openMs.toFixed(0)} ms; edit→diagnostics median ${lsp.steadyEditMs.toFixed(0)} ms while typing, `
    + `${lsp.firstEditsMs.toFixed(0)} ms over the first ${WARM_UP} edits, ${lsp.editMs.toFixed(0)} ms over all (runs ${lsp.editRuns.map((r) => r.toFixed(0)).join(", ")}; a lone edit after a quick analysis is not debounced); `
    + `in-process incremental re-analysis ${incremental.medianMs.toFixed(1)} ms, ${incremental.medianCpuMs.toFixed(1)} ms cpu (first ${WARM_UP}: ${incremental.firstEditsMs.toFixed(1)} ms; ${[...new Set(incremental.modes)].join("/")}); full analysis ${fiveSize.analysisMs.toFixed(0)} ms, ${fiveSize.analysisCpuMs.toFixed(0)} ms cpu\n`);
  const load = loadavg()[0] / availableParallelism();
  if (load > 1) console.log(`note: the machine is busy (load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores): wall times are inflated; the (cpu) columns are steadier.\n`);
  const ratios = [
    checkRatio("ours / regex throughput", fiveSize.oursMBps / fiveSize.regexMBps, ">=", 0.25, `${five.label}`),
    checkRatio("ours / regex throughput, cpu time", fiveSize.oursCpuMBps / fiveSize.regexCpuMBps, ">=", 0.25, `${five.label}`),
    referenceRatio("one-pass character loop / regex throughput", fiveSize.wordLoopMBps / fiveSize.regexMBps, `${five.label}: a loop testing each character once, storing nothing — any full pass is below this`),
    referenceRatio("ours / one-pass character loop throughput", fiveSize.oursMBps / fiveSize.wordLoopMBps, `${five.label}`),
    checkRatio("ours / cspell throughput", fiveSize.cspellMBps ? fiveSize.oursMBps / fiveSize.cspellMBps : null, ">=", 10, `${five.label}, analysis in process vs cspell's whole process`),
    checkRatio("ours / cspell, per extra MB", cspellSlope !== null && oursSlope ? cspellSlope / oursSlope : null, ">=", 10,
      `${first.label}→${last.label} slopes, start-up excluded: cspell ${cspellSlope?.toFixed(0) ?? "n/a"} ms/MB, ours ${oursSlope?.toFixed(0) ?? "n/a"} ms/MB`),
    checkRatio("ours / cspell, both whole processes", fiveSize.cspellMBps && fiveSize.cliMBps ? fiveSize.cliMBps / fiveSize.cspellMBps : null, ">=", 10, `${five.label}, CLI start-up + JSON output included`),
    checkRatio("edit→diagnostics / full (LSP, wall)", lsp.steadyEditMs / fiveSize.analysisMs, "<=", 0.05, `didChange → publishDiagnostics, built server, edits after the first ${WARM_UP}`),
    referenceRatio("one-line edit string copy / full", fiveSize.editCopyMs / fiveSize.analysisMs, `${five.label}: what applying the edit to one JS string costs (${fiveSize.editCopyMs.toFixed(1)} ms, a whole copy); the server's PieceText avoids it`),
    checkRatio("first edits→diagnostics / full (LSP, wall)", lsp.firstEditsMs / fiveSize.analysisMs, "<=", 0.05, `the first ${WARM_UP} edits after opening (code still compiling)`),
    checkRatio("incremental re-analysis / full (core)", incremental.medianMs / fiveSize.analysisMs, "<=", 0.05, "reanalyzeText only"),
    checkRatio("incremental / full, cpu time (core)", incremental.medianCpuMs / fiveSize.analysisCpuMs, "<=", 0.05, "robust to a busy machine"),
    checkRatio("ms per MB: largest / smallest", last.msPerMB / first.msPerMB, "<=", 1.1, `${last.label} vs ${first.label}`),
    checkRatio("cpu ms per MB: largest / smallest", last.cpuMsPerMB / first.cpuMsPerMB, "<=", 1.1, `${last.label} vs ${first.label}`),
    checkRatio("cross-file index ms per MB: largest / smallest", last.crossFileMsPerMB / first.crossFileMsPerMB, "<=", 1.1, `${last.label} vs ${first.label}, cpu`),
    ...sizes.map((s) => checkRatio(`peak RSS / input (${s.label})`, s.peakRssMB === null ? null : s.peakRssMB / (s.bytes / 1e6), "<=", 20,
      s.baselineRssMB === null ? "" : `${((s.peakRssMB! - s.baselineRssMB) / (s.bytes / 1e6)).toFixed(1)}× above the empty-process baseline of ${s.baselineRssMB.toFixed(0)} MB`)),
  ];
  console.log(formatRatios(ratios));
  mkdirSync(resolve(ROOT, "bench"), { recursive: true });
  const results = { date: new Date().toISOString(), node: process.version, loadAverage: loadavg()[0], cores: availableParallelism(), corpus: CORPUS, sizes, lsp, incremental, ratios };
  writeFileSync(resolve(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log("\nwrote bench/results.json");
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
