// CLI entry: `seed-review analyze|review …`. Exit 0 success, 1 unreadable input, 2 usage error,
// 3 internal error.
// `analyze` skips an input it cannot read (missing, binary, not UTF-8 text) with a message on
// stderr naming it, still analyses and prints the others, and exits 1 at the end.
import { findDuplicateArticles, findFigureConflicts, listCrossReferences } from "../core/corpus";
import { HELP, parseArgs, UsageError, type AnalyzeCommand } from "./args";
import { analyzeFiles, chooseJobs } from "./analyzePool";
import { expandPaths, InputError } from "./inputs";
import { OUTPUT_VERSION, toContractFile } from "./outputContract";
import { formatFiguresCsv, formatTextReport } from "./textReport";
import { runReviewCommand } from "./reviewCommand";

async function runAnalyze(cmd: AnalyzeCommand): Promise<number> {
  let skipped = 0;
  const skip = (message: string) => { skipped++; process.stderr.write(`seed-review: ${message}; skipped\n`); };
  const files = expandPaths(cmd.paths, (e) => skip(e.message));
  const progress = createProgress(files.length);
  const options = { optionalFigures: cmd.optionalFigures, minConfidence: cmd.minConfidence };
  const outcomes = await analyzeFiles(files, options, chooseJobs(cmd.jobs, files.length), (outcome) => {
    progress(outcome.file);
    if (outcome.kind === "skipped") skip(outcome.message);
    else for (const w of outcome.warnings) process.stderr.write(`warning: ${w}\n`);
  });
  progress(null);
  const results = outcomes.flatMap((o) => (o.kind === "analysed" ? [o] : []));
  // Copies and disagreeing figures among all the files analysed together (and within each).
  const refs = cmd.format === "csv" ? null : listCrossReferences(findDuplicateArticles(results), findFigureConflicts(results));
  if (cmd.format === "json" && refs) {
    process.stdout.write(JSON.stringify({ version: OUTPUT_VERSION, files: results.map((r) => toContractFile(r.file, r.analysis, refs)) }, null, 1) + "\n");
  } else if (cmd.format === "csv") {
    process.stdout.write(formatFiguresCsv(results) + "\n");
  } else {
    process.stdout.write(results.map((r) => formatTextReport(r.file, r.analysis, refs ?? undefined)).join("\n\n") + "\n");
  }
  if (skipped) process.stderr.write(`seed-review: ${skipped} input(s) skipped, ${results.length} analysed\n`);
  return skipped ? 1 : 0;
}

/** "analysing 12/340 FILE" on an interactive stderr for batches of several files; silent otherwise. */
function createProgress(total: number): (file: string | null) => void {
  if (!process.stderr.isTTY || total < 5) return () => undefined;
  let done = 0;
  return (file) => {
    if (file === null) { process.stderr.write("\r\x1b[K"); return; }
    process.stderr.write(`\r\x1b[Kanalysing ${++done}/${total} ${file}`.slice(0, process.stderr.columns ?? 100));
  };
}

export async function main(argv: string[]): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.command) {
      case "help": process.stdout.write(HELP + "\n"); return 0;
      case "version": process.stdout.write("seed-review 0.1.0\n"); return 0;
      case "analyze": return await runAnalyze(cmd);
      case "review": return runReviewCommand(cmd);
    }
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`seed-review: ${e.message}\n\n${HELP}\n`); return 2; }
    if (e instanceof InputError) { process.stderr.write(`seed-review: ${e.message}\n`); return 1; }
    throw e;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`seed-review: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 3;
});
