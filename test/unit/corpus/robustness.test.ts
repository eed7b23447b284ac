// Cross-file analysis never throws on hostile input: one huge line, random Unicode (lone
// surrogates included), figure-dense text. Its speed is measured by `npm run bench`.
import assert from "node:assert/strict";
import { findDuplicateArticles, findFigureConflicts } from "../../../server/src/core/corpus";
import { buildFile } from "./corpusFixture";

function randomText(length: number, seed: number): string {
  let s = seed, out = "";
  const pieces = ["Alpha ", "beta ", "[[12 GPUs]] ", "’", "“", "\u0000", "\ud800", "http://x.y/z ", "Read More", "  ", ". ", "Ω", "7,000", "- "];
  while (out.length < length) { s = (Math.imul(s, 1103515245) + 12345) >>> 0; out += pieces[s % pieces.length]; }
  return out;
}

/** Both passes finish; `expectCopy`: file 0's first article is copied in file 1 and must be found. */
function check(articles: string[][], expectCopy: boolean): void {
  const files = articles.map((a, i) => buildFile(`f${i}.txt`, a));
  const groups = findDuplicateArticles(files);
  assert.ok(Array.isArray(findFigureConflicts(files)));
  const copied = groups.some((g) => g.members.some((m) => m.file === "f0.txt") && g.members.some((m) => m.file === "f1.txt"));
  assert.equal(copied, expectCopy, JSON.stringify(groups).slice(0, 300));
}

describe("corpus: robustness", () => {
  it("handles random Unicode with figures in many small articles", () => {
    check([[randomText(5000, 1), randomText(5000, 2)], [randomText(5000, 1)]], true);
  });
  it("handles a 2 MB single line in one article", () => {
    const line = randomText(2_000_000, 3).replace(/\n/g, " ");
    check([[line], [line.slice(0, 200_000)]], true);
  });
});
