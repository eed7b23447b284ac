// The incremental CorpusIndex against a fresh computation: random per-file edits (articles
// inserted, dropped, copied across files, split and merged, a name's case flipped, files removed
// and added), each step checked for equal duplicate groups and figure conflicts.
import assert from "node:assert/strict";
import { CorpusIndex, findDuplicateArticles, findFigureConflicts, type CorpusFile } from "../../../server/src/core/corpus";
import { buildFile } from "./corpusFixture";
import { kestrelPost, marlinPost, toFeedExport } from "./inventedPosts";

/** Small deterministic PRNG (mulberry32), so a failure replays. */
function createRandom(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

// Invented names: some always capitalised, "Falcon"/"Heron" also written lower-case (their name
// status flips with the counts), so subjects and keys move as files change.
const NAMES = ["Frontier", "Orion", "Atlas", "Falcon", "Heron", "SwiftShard"];
const FIGURES = ["[[37,000 GPUs]]", "[[36,000 GPUs]]", "[[512 GPUs]]", "[[40 GB]]", "[[52 GB]]", "[[about 40 GB]]", "[[1.3B parameters]]", "[[1.27 billion parameters]]"];
const VERBS = ["runs", "has", "reached", "offers", "counts"];

function makeSentence(pick: (n: number) => number): string {
  const name = NAMES[pick(NAMES.length)];
  if (pick(4) === 0) return `the ${name.toLowerCase()} team wrote about the ${name.toLowerCase()} plans.`;
  return `The ${name} cluster ${VERBS[pick(VERBS.length)]} ${FIGURES[pick(FIGURES.length)]} in total, the team said.`;
}

function makeArticle(pick: (n: number) => number): string {
  const kind = pick(5);
  if (kind === 0) return toFeedExport(kestrelPost);
  if (kind === 1) return toFeedExport(marlinPost);
  const lines = Array.from({ length: 1 + pick(4) }, () => makeSentence(pick));
  if (kind === 2) lines.push(marlinPost.paragraphs[pick(marlinPost.paragraphs.length)]);
  return lines.join("\n");
}

type Workspace = Map<string, string[]>;

/** One random change to the workspace; returns the file changed and whether it was removed. */
function changeWorkspace(files: Workspace, pick: (n: number) => number, step: number): { file: string; removed: boolean } {
  const names = [...files.keys()];
  const file = names.length ? names[pick(names.length)] : `f${step}.txt`;
  const articles = [...(files.get(file) ?? [])];
  const at = pick(articles.length + 1);
  switch (pick(10)) {
    case 0: if (names.length > 1) { files.delete(file); return { file, removed: true }; } break;
    case 1: { const added = `f${step}.txt`; files.set(added, [makeArticle(pick), makeArticle(pick)]); return { file: added, removed: false }; }
    case 2: if (articles.length > 1) articles.splice(at % articles.length, 1); break;
    case 3: { const other = files.get(names[pick(names.length)]) ?? []; if (other.length) articles.splice(at, 0, other[pick(other.length)]); break; }
    case 4: if (articles.length) { const i = at % articles.length; articles[i] = articles[i].replace(/Falcon|Heron/, (w) => w.toLowerCase()); } break;
    case 5: if (articles.length) { const i = at % articles.length; articles[i] = `${articles[i]}\n${makeSentence(pick)}`; } break;
    case 6: { // split an article at a line: figures around the cut leave one article
      const i = at % Math.max(1, articles.length), lines = (articles[i] ?? "").split("\n"), cut = 1 + pick(Math.max(1, lines.length - 1));
      if (cut < lines.length) articles.splice(i, 1, lines.slice(0, cut).join("\n"), lines.slice(cut).join("\n"));
      break;
    }
    case 7: if (articles.length > 1) { const i = at % (articles.length - 1); articles.splice(i, 2, `${articles[i]}\n${articles[i + 1]}`); } break;
    default: articles.splice(at, 0, makeArticle(pick));
  }
  files.set(file, articles.length ? articles : [makeArticle(pick)]);
  return { file, removed: false };
}

function checkSameAsFresh(index: CorpusIndex, built: Map<string, CorpusFile>, step: number): void {
  const files = [...built.values()];
  assert.deepEqual(index.duplicateGroups(), findDuplicateArticles(files), `duplicate groups differ at step ${step}`);
  assert.deepEqual(index.conflicts(), findFigureConflicts(files), `figure conflicts differ at step ${step}`);
}

function runRandomEdits(seed: number, steps: number, blockChars: number): { groups: number; conflicts: number } {
  const pick = createRandom(seed);
  const files: Workspace = new Map([["a.txt", [makeArticle(pick), makeArticle(pick)]], ["b.txt", [makeArticle(pick)]]]);
  const index = new CorpusIndex(blockChars);
  // Input order as the workspace index keeps it: a file removed and added again goes last.
  const built = new Map<string, CorpusFile>();
  for (const [name, articles] of files) { built.set(name, buildFile(name, articles)); index.update(name, built.get(name)!.text, built.get(name)!.analysis); }
  let groups = 0, conflicts = 0;
  for (let step = 0; step < steps; step++) {
    const { file, removed } = changeWorkspace(files, pick, step);
    if (removed) { built.delete(file); index.remove(file); } else {
      const next = buildFile(file, files.get(file)!);
      built.set(file, next);
      index.update(file, next.text, next.analysis);
    }
    checkSameAsFresh(index, built, step);
    groups += index.duplicateGroups().length;
    conflicts += index.conflicts().length;
  }
  return { groups, conflicts };
}

describe("corpus: incremental index equals a fresh computation", () => {
  for (const [seed, blockChars] of [[1, 64], [2, 200], [3, 16_384], [4, 1]] as const) {
    it(`seed ${seed}, blocks of ${blockChars} characters`, () => {
      const seen = runRandomEdits(seed, 150, blockChars);
      // The random workspaces must actually hold duplicates and conflicts for the check to mean much.
      assert.ok(seen.groups > 0 && seen.conflicts > 0, `saw ${JSON.stringify(seen)}`);
    });
  }

  it("re-checks a key when an article is split or merged between two of its statements", () => {
    const index = new CorpusIndex(1);
    const lines = ["The Frontier cluster has [[37,000 GPUs]] in total.", "A plain line between them.", "Frontier also runs [[36,000 GPUs]], the team said."];
    const steps = [[lines.join("\n")], [lines[0], lines.slice(1).join("\n")], [lines.join("\n")]];
    const counts = steps.map((articles) => {
      const file = buildFile("a.txt", articles);
      index.update("a.txt", file.text, file.analysis);
      assert.deepEqual(index.conflicts(), findFigureConflicts([file]));
      return index.conflicts().length;
    });
    assert.deepEqual(counts, [0, 1, 0]);
  });

  it("keeps results when a file is updated with unchanged text but a new analysis", () => {
    const index = new CorpusIndex(32);
    const a = buildFile("a.txt", ["The Frontier cluster has [[37,000 GPUs]] spread over two halls."]);
    const b = buildFile("b.txt", ["Frontier, the flagship machine, runs [[36,000 GPUs]] in total."]);
    index.update("a.txt", a.text, a.analysis);
    index.update("b.txt", b.text, b.analysis);
    const again = buildFile("a.txt", ["The Frontier cluster has [[37,000 GPUs]] spread over two halls."]);
    index.update("a.txt", again.text, again.analysis);
    assert.deepEqual(index.conflicts(), findFigureConflicts([again, b]));
    assert.equal(index.conflicts().length, 1);
  });
});
