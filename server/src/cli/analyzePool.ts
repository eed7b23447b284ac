// Batch analysis on several cores: files are handed to a small pool of worker threads one at a
// time (largest first would need stat calls; input order keeps progress readable), and the
// outcomes come back in input order. One job or one file runs on the main thread: no start-up cost.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { analyzeFile, type AnalyzeFileOptions, type FileOutcome } from "./analyzeFile";
import type { WorkerJob } from "./analyzeWorker";

/** Default worker count: the cores there are, but never more than the files to analyse. */
export function chooseJobs(requested: number | undefined, files: number): number {
  return Math.max(1, Math.min(requested ?? availableParallelism(), files));
}

export async function analyzeFiles(files: string[], options: AnalyzeFileOptions, jobs: number, onDone: (outcome: FileOutcome) => void): Promise<FileOutcome[]> {
  if (jobs <= 1 || files.length <= 1) {
    return files.map((file) => { const outcome = analyzeFile(file, options); onDone(outcome); return outcome; });
  }
  const outcomes = new Array<FileOutcome>(files.length);
  let next = 0;
  const workers = Array.from({ length: jobs }, () => startWorker());
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolveAll, rejectAll) => {
      const sendNext = () => {
        if (next >= files.length) { resolveAll(); return; }
        const job: WorkerJob = { index: next, file: files[next], options };
        next++;
        worker.postMessage(job);
      };
      worker.on("message", (reply: { index: number; outcome?: FileOutcome; error?: string }) => {
        if (reply.error !== undefined) { rejectAll(new Error(`analysing ${files[reply.index]} failed: ${reply.error}`)); return; }
        outcomes[reply.index] = reply.outcome!;
        onDone(reply.outcome!);
        sendNext();
      });
      worker.on("error", rejectAll);
      worker.on("exit", (code) => { if (code !== 0) rejectAll(new Error(`a worker thread stopped with code ${code}`)); });
      sendNext();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}

/** The bundled worker beside dist/cli.js; run from source (tests, tsx) the worker registers tsx itself, as workers do not inherit its loader. */
function startWorker(): Worker {
  const bundled = join(__dirname, "analyzeWorker.js");
  if (existsSync(bundled)) return new Worker(bundled);
  const tsx = createRequire(join(__dirname, "analyzePool.ts")).resolve("tsx/cjs");
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(join(__dirname, "analyzeWorker.ts"))});`, { eval: true });
}
