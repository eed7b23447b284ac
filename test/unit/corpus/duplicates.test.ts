// Duplicate and near-duplicate articles across files and layouts; pairs are "file#article".
import assert from "node:assert/strict";
import { findDuplicateArticles, listCrossReferences, matchDuplicates, signArticles, signFiles, type CorpusFile } from "../../../server/src/core/corpus";
import { buildFile, reflow } from "./corpusFixture";
import { kestrelPost, marlinPost, toAbstract, toFeedExport, toMarkdown } from "./inventedPosts";

/** Each group as sorted "file#index:relation" strings; groups sorted. */
function describeGroups(files: CorpusFile[]): string[][] {
  return findDuplicateArticles(files)
    .map((g) => g.members.map((m) => `${m.file}#${m.articleIndex}:${m.relation}`).sort())
    .sort((a, b) => a[0].localeCompare(b[0]));
}

function check(files: CorpusFile[], expected: string[][]): void {
  assert.deepEqual(describeGroups(files), expected);
}

const unrelated = "Our reading group met on Thursday to discuss a paper about compilers for sparse tensors, and we left with more questions than answers about how the scheduling heuristics generalise beyond the benchmarks in the paper.";

describe("corpus: duplicate articles", () => {
  it("finds one post in a feed export and in a reflowed markdown copy", () => {
    check([
      buildFile("feed.txt", [unrelated, toFeedExport(kestrelPost)]),
      buildFile("scrape.md.txt", [toMarkdown(kestrelPost, (p) => reflow(p, 62))]),
    ], [["feed.txt#1:primary", "scrape.md.txt#0:duplicate"]]);
  });

  it("finds an abstract-only item as an excerpt of the full post", () => {
    check([
      buildFile("abstracts.txt", [toAbstract(marlinPost), unrelated]),
      buildFile("posts.txt", [toFeedExport(kestrelPost), toFeedExport(marlinPost)]),
    ], [["abstracts.txt#0:excerpt", "posts.txt#1:primary"]]);
  });

  it("does not pair two different posts on close topics in the same layout", () => {
    check([buildFile("a.txt", [toFeedExport(kestrelPost)]), buildFile("b.txt", [toFeedExport(marlinPost)])], []);
  });

  it("does not pair two different posts that end with the same boilerplate paragraph", () => {
    const about = "About the lab: we are a group of forty researchers and engineers who build open tools for weather and climate services, and we publish every model we release together with its training data, its evaluation scripts and a plain-language summary of what it cannot do.";
    check([
      buildFile("a.txt", [`${toFeedExport(kestrelPost)}\n\n${about}`]),
      buildFile("b.txt", [`${toFeedExport(marlinPost)}\n\n${about}`]),
    ], []);
  });

  it("finds copies within one file and groups three copies together", () => {
    check([
      buildFile("one.txt", [toFeedExport(marlinPost), unrelated, toMarkdown(marlinPost, (p) => reflow(p, 40))]),
      buildFile("two.txt", [toMarkdown(marlinPost, (p) => p)]),
    ], [["one.txt#0:primary", "one.txt#2:duplicate", "two.txt#0:duplicate"]]);
  });

  it("does not pair short items that only share a stock sentence", () => {
    const stock = "Subscribe to our newsletter to get new posts by email every week.";
    check([
      buildFile("a.txt", [`Release notes for the storage service, spring edition. ${stock}`]),
      buildFile("b.txt", [`A short note on our new hiring process for interns. ${stock}`]),
    ], []);
  });

  it("pairs a short item with its copy that differs only in quotes and wrapping", () => {
    const item = "Team’s “fast path” for sparse kernels cut nightly build times in half across the shared compiler fleet, the infrastructure group said on Tuesday.";
    check([
      buildFile("a.txt", [item]),
      buildFile("b.txt", [reflow(item.replace(/’/g, "'").replace(/[“”]/g, '"'), 30)]),
    ], [["a.txt#0:primary", "b.txt#0:duplicate"]]);
  });

  it("matches from per-file signatures, so re-signing one changed file updates the result", () => {
    const feed = buildFile("feed.txt", [toFeedExport(kestrelPost)]);
    const before = buildFile("notes.txt", [unrelated]);
    const after = buildFile("notes.txt", [unrelated, toMarkdown(kestrelPost, (p) => reflow(p, 70))]);
    const feedSignatures = signArticles(feed.file, feed.text, feed.analysis);
    assert.equal(matchDuplicates([...feedSignatures, ...signFiles([before])]).length, 0);
    const groups = matchDuplicates([...feedSignatures, ...signArticles(after.file, after.text, after.analysis)]);
    assert.deepEqual(groups.map((g) => g.members.map((m) => `${m.file}#${m.articleIndex}`)), [["feed.txt#0", "notes.txt#1"]]);
    assert.ok(groups[0].members[1].similarity >= 0.8, `similarity ${groups[0].members[1].similarity}`);
  });

  it("attaches two abstracts to the merged article holding both, without pairing the abstracts", () => {
    const files = [
      buildFile("merged.txt", [`${toFeedExport(kestrelPost)}\n\n${toFeedExport(marlinPost)}`]),
      buildFile("abstracts.txt", [toAbstract(kestrelPost), toAbstract(marlinPost)]),
    ];
    check(files, [["abstracts.txt#0:excerpt", "abstracts.txt#1:excerpt", "merged.txt#0:primary"]]);
    const refs = listCrossReferences(findDuplicateArticles(files), []);
    const copies = (file: string, i: number) => refs.duplicatesOf(file, i).map((p) => `${p.file}:${p.range.start.line}`);
    assert.deepEqual([copies("abstracts.txt", 0), copies("abstracts.txt", 1), copies("merged.txt", 0)],
      [["merged.txt:0"], ["merged.txt:0"], ["abstracts.txt:0", "abstracts.txt:4"]]);
  });

  it("never throws and pairs nothing in empty, tiny or random-character articles", () => {
    const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(0x20 + ((i * 7919) % 0x2fff))).join("");
    check([buildFile("x.txt", ["", "a b", noise]), buildFile("y.txt", [noise.slice(0, 10)])], []);
  });
});
