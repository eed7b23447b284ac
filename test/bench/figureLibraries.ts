// Compares our figure grammar with @microsoft/recognizers-text on the gold figures (precision,
// recall, F1, value accuracy) and on throughput, so the choice of extractor rests on numbers.
//   node --import tsx test/bench/figureLibraries.ts      (SEED_CORPUS, default ../shared/corpus)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { FigureExtractor } from "./figureLibraries/prediction";
import { addCounts, scoreFile, type Counts, type GoldFile } from "./figureLibraries/scoreFigures";
import { seedReviewExtractor } from "./figureLibraries/seedReviewExtractor";
import { recognizersExtractor } from "./figureLibraries/recognizersExtractor";

const corpusDir = process.env.SEED_CORPUS ?? "../shared/corpus";
const goldPath = join(corpusDir, "gold-figures.json");
if (!existsSync(goldPath)) {
  console.log(`figureLibraries: no gold figures at ${goldPath} (set SEED_CORPUS); nothing to compare.`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(goldPath, "utf8")).files as Record<string, GoldFile>;
const TARGET_BYTES = 1_000_000;
const RUNS = 3;

/** All corpus text repeated until it holds about TARGET_BYTES UTF-8 bytes. */
function composeBenchText(): string {
  const text = readdirSync(corpusDir).filter((n) => n.endsWith(".txt")).sort()
    .map((n) => readFileSync(join(corpusDir, n), "utf8")).join("\n");
  const copies = Math.max(1, Math.round(TARGET_BYTES / Buffer.byteLength(text)));
  return Array(copies).fill(text).join("\n");
}

/** Median MB/s of RUNS timed runs after one warm-up. */
function measureThroughput(extractor: FigureExtractor, text: string): number {
  extractor.run(text);
  const mbs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    extractor.run(text);
    mbs.push(Buffer.byteLength(text) / 1e6 / ((performance.now() - t0) / 1000));
  }
  return mbs.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

function measure(extractor: FigureExtractor, benchText: string) {
  let c: Counts = { tp: 0, fp: 0, fn: 0, valueOk: 0 };
  for (const [file, g] of Object.entries(gold)) {
    const path = join(corpusDir, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    c = addCounts(c, scoreFile(g, text.split("\n"), extractor.extract(text)));
  }
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    extractor: extractor.name, ...c,
    precision: round(precision), recall: round(recall),
    f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    valueAccuracy: round(c.tp ? c.valueOk / c.tp : 0),
    mbPerSecond: Math.round(measureThroughput(extractor, benchText) * 100) / 100,
  };
}

const benchText = composeBenchText();
const rows = [seedReviewExtractor, recognizersExtractor].map((e) => measure(e, benchText));
const table = [
  "| extractor | precision | recall | F1 | value accuracy | MB/s |",
  "|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.extractor} | ${r.precision} | ${r.recall} | ${r.f1} | ${r.valueAccuracy} | ${r.mbPerSecond} |`),
].join("\n");
console.log(table);
mkdirSync("bench", { recursive: true });
const benchMB = Math.round(Buffer.byteLength(benchText) / 1e4) / 100;
writeFileSync("bench/figure-libraries.json", JSON.stringify({ corpus: corpusDir, benchMB, runs: RUNS, rows, table }, null, 2) + "\n");
console.log(`\nwrote bench/figure-libraries.json (throughput on ${benchMB} MB, median of ${RUNS} runs after a warm-up)`);
