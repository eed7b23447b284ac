// One quantity stated with different values in different places; each conflict as
// "subject unit: file#figureText, …" with the places that disagree.
import assert from "node:assert/strict";
import { findFigureConflicts, listCrossReferences, type CorpusFile } from "../../../server/src/core/corpus";
import { buildFile } from "./corpusFixture";

function describeConflicts(files: CorpusFile[]): string[] {
  const textOf = (file: string, i: number) => files.find((f) => f.file === file)!.analysis.figures[i].text;
  return findFigureConflicts(files).map((c) =>
    `${c.subject} ${c.unit}: ${c.places.map((p) => `${p.file}#${textOf(p.file, p.figureIndex)}`).join(", ")}`);
}

function check(files: CorpusFile[], expected: string[]): void {
  assert.deepEqual(describeConflicts(files), expected);
}

describe("corpus: figure conflicts", () => {
  it("reports two GPU counts for one cluster with both places", () => {
    check([
      buildFile("a.txt", ["The Frontier cluster has [[37,000 GPUs]] spread over two halls."]),
      buildFile("b.txt", ["Frontier, the lab’s flagship machine, runs [[36,000 GPUs]] in total."]),
    ], ["frontier gpu: a.txt#37,000 GPUs, b.txt#36,000 GPUs"]);
  });

  it("reports two throughputs for one method in two articles of one file", () => {
    check([buildFile("a.txt", [
      "With SwiftShard the pipeline reached [[40 GB]] of checkpoint traffic per step.",
      "A second post on the same release said SwiftShard moves [[52 GB]] per step.",
    ])], ["swiftshard GB: a.txt#40 GB, a.txt#52 GB"]);
  });

  it("does not report rounded, qualified or identical statements", () => {
    check([
      buildFile("a.txt", ["The Orion model has [[1.3B parameters]] and was trained on Atlas with [[512 GPUs]]."]),
      buildFile("b.txt", ["We release Orion, a model with [[1,300 million parameters]], today."]),
      buildFile("c.txt", ["Orion now counts [[1.27 billion parameters]] after pruning the embeddings."]),
      buildFile("d.txt", ["The Atlas machine offers [[more than 500 GPUs]] to the group.", "Atlas has [[512 GPUs]] as before."]),
    ], []);
  });

  it("does not compare figures of unrelated subjects, bare numbers or dates", () => {
    check([
      buildFile("a.txt", ["The Frontier cluster has [[37,000 GPUs]] and Frontier was built in [[2021]]."]),
      buildFile("b.txt", ["The Summit cluster has [[27,000 GPUs]], and Frontier ranks [[3]] on the list in [[2023]]."]),
    ], []);
  });

  it("does not compare figures within one article or within one comparing sentence", () => {
    check([
      buildFile("a.txt", ["Helios first trained on [[64 GPUs]]. Helios later trained on [[8 GPUs]] with the new kernel."]),
      buildFile("b.txt", ["Helios went from [[64 GPUs]] to [[16 GPUs]] in the second run."]),
    ], []);
  });

  it("does not take a sentence-initial common word for a subject", () => {
    check([
      buildFile("a.txt", ["Training took [[12 hours]] on the new cluster, and training was stable."]),
      buildFile("b.txt", ["Training took [[30 hours]] on the old cluster."]),
    ], []);
  });

  it("lists on each figure the places that disagree with it", () => {
    const files = [
      buildFile("a.txt", ["The Frontier cluster has [[37,000 GPUs]]."]),
      buildFile("b.txt", ["Frontier has [[36,000 GPUs]]."]),
      buildFile("c.txt", ["Frontier has [[about 37,000 GPUs]]."]),
    ];
    const refs = listCrossReferences([], findFigureConflicts(files));
    const lines = (file: string) => refs.conflictsOf(file, 0).map((p) => `${p.file}:${p.range.start.character}`);
    assert.deepEqual([lines("a.txt"), lines("b.txt"), lines("c.txt")], [["b.txt:13"], ["a.txt:25"], []]);
  });
});
