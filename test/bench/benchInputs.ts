// Builds the benchmark inputs at run time from the sample corpus: each file is cut into its
// articles (as analyze() sees them), and the articles are repeated and shuffled with a seeded
// PRNG until a target size is reached. Nothing is committed: they are written to the temp folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../server/src/core/analysis";

export interface BenchInput { label: string; megabytes: number; path: string; bytes: number }

/** Article texts of every `*.txt` in `corpusDir` (file order, then article order). */
export function collectArticles(corpusDir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(corpusDir).filter((n) => n.endsWith(".txt")).sort()) {
    const text = readFileSync(join(corpusDir, name), "utf8");
    const articles = analyze(text, { outlineOnly: true }).articles;
    // Whole files with one article still give blank-line blocks, so the shuffle mixes something.
    const pieces = articles.length > 1 ? articles.map((a) => text.slice(a.span.start, a.span.end)) : text.split(/\n\s*\n/);
    for (const p of pieces) if (p.trim()) out.push(p.trim());
  }
  return out;
}

/** Mulberry32: a tiny seeded PRNG, so every run shuffles the same way. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Concatenates shuffled copies of the articles until the text holds `bytes` UTF-8 bytes. */
export function composeText(articles: string[], bytes: number, random: () => number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const order = articles.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      if (size >= bytes) break;
      parts.push(articles[i]);
      size += Buffer.byteLength(articles[i]) + 2;
    }
  }
  return parts.join("\n\n") + "\n";
}

/** Writes (or reuses, when the same size and seed exist) one input file per size. */
export function prepareInputs(corpusDir: string, outDir: string, sizesMB: number[], seed = 7): BenchInput[] {
  mkdirSync(outDir, { recursive: true });
  const articles = collectArticles(corpusDir);
  return sizesMB.map((mb) => {
    const path = join(outDir, `bench-${mb}mb-seed${seed}.txt`);
    if (!existsSync(path)) writeFileSync(path, composeText(articles, mb * 1e6, createRandom(seed + mb)));
    return { label: `${mb} MB`, megabytes: mb, path, bytes: statSync(path).size };
  });
}
