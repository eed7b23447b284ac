// Cohesion on invented unmarked files of different post lengths: short posts (4–6 paragraphs)
// must mostly be found, and long posts (30 paragraphs that drift from section to section)
// must mostly stay whole. Counted over seeded files so one lucky text cannot pass the test.
import { strict as assert } from "node:assert";
import { segment } from "./checkArticles";
import { makeRandom, writeUnmarkedFile } from "./syntheticPosts";

interface Tally { found: number; missed: number; extra: number }

function tallyStarts(lengthsOf: (seed: number) => number[], seeds: number): Tally {
  const t: Tally = { found: 0, missed: 0, extra: 0 };
  for (let seed = 1; seed <= seeds; seed++) {
    const { paragraphs, starts } = writeUnmarkedFile(seed, lengthsOf(seed));
    const got = segment(paragraphs.join("\n")).map((a) => a.range.start.line);
    for (const s of starts) if (got.includes(s)) t.found++; else t.missed++;
    for (const g of got) if (!starts.includes(g)) t.extra++;
  }
  return t;
}

function check(lengthsOf: (seed: number) => number[], expected: { minRecall: number; maxExtraPerPost: number }): void {
  const seeds = 12;
  const t = tallyStarts(lengthsOf, seeds);
  const posts = t.found + t.missed;
  assert.ok(t.found / posts >= expected.minRecall, `found ${t.found} of ${posts} post starts`);
  assert.ok(t.extra / posts <= expected.maxExtraPerPost, `${t.extra} false starts in ${posts} posts`);
}

describe("articles: cohesion on posts of different lengths", () => {
  it("finds most starts between short posts of 4 to 6 paragraphs without false ones", () => {
    check((seed) => { const r = makeRandom(seed * 7); return Array.from({ length: 8 }, () => 4 + Math.floor(r() * 3)); }, { minRecall: 0.6, maxExtraPerPost: 0.02 });
  });

  it("keeps long posts of 30 paragraphs mostly whole and finds where they change", () => {
    check(() => [30, 30, 30], { minRecall: 0.9, maxExtraPerPost: 0.25 });
  });

  it("handles long and short posts mixed in one file", () => {
    check(() => [30, 5, 6, 30, 4, 12], { minRecall: 0.85, maxExtraPerPost: 0.12 });
  });
});
