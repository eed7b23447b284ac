// Cross-file analysis never throws and stays fast on hostile input: one huge line, random
// Unicode (lone surrogates included), figure-dense text.
import assert from "node:assert/strict";
import { findDuplicateArticles, findFigureConflicts } from "../../../server/src/core/corpus";
import { buildFile } from "./corpusFixture";

function randomText(length: number, seed: number): string {
  let s = seed, out = "";
  const pieces = ["Alpha ", "beta ", "[[12 GPUs]] ", "’", "“", "\u0000", "\ud800", "http://x.y/z ", "Read More", "  ", ". ", "Ω", "7,000", "- "];
  while (out.length < length) { s = (Math.imul(s, 1103515245) + 12345) >>> 0; out += pieces[s % pieces.length]; }
  return out;
}

function check(articles: string[][], maxMs: number): void {
  const files = articles.map((a, i) => buildFile(`f${i}.txt`, a));
  const started = performance.now();
  assert.ok(Array.isArray(findDuplicateArticles(files)));
  assert.ok(Array.isArray(findFigureConflicts(files)));
  const ms = performance.now() - started;
  assert.ok(ms < maxMs, `took ${ms.toFixed(0)} ms`);
}

describe("corpus: robustness", () => {
  it("handles random Unicode with figures in many small articles", () => {
    check([[randomText(5000, 1), randomText(5000, 2)], [randomText(5000, 1)]], 2000);
  });
  it("handles a 2 MB single line in one article", () => {
    check([[randomText(2_000_000, 3).replace(/\n/g, " ")], [randomText(200_000, 3)]], 15000);
  });
});
