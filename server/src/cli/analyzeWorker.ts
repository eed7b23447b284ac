// Worker-thread entry of the CLI's batch mode: analyses the files the main thread sends, one
// message per file, and answers with the outcome (or the error that stopped it).
import { parentPort } from "node:worker_threads";
import { analyzeFile, type AnalyzeFileOptions } from "./analyzeFile";

export interface WorkerJob { index: number; file: string; options: AnalyzeFileOptions }

parentPort?.on("message", (job: WorkerJob) => {
  try {
    parentPort!.postMessage({ index: job.index, outcome: analyzeFile(job.file, job.options) });
  } catch (e) {
    parentPort!.postMessage({ index: job.index, error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
