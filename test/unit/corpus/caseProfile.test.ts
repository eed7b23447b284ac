// The word-case scan (hand-written for speed) against the rules it replaces: words are runs of
// letters/digits, keys equal String#toLowerCase of the word (Kelvin sign, dotted İ, final sigma),
// capitals count only mid-sentence. And an index whose profile is compacted stays exact.
import assert from "node:assert/strict";
import { findFigureConflicts } from "../../../server/src/core/corpus";
import { addToCaseProfile, countCases, createCaseProfile } from "../../../server/src/core/corpus/caseProfile";
import { FigureConflictIndex } from "../../../server/src/core/corpus/figureConflictIndex";
import { buildFile } from "./corpusFixture";

type Entries = Record<string, [capitalised: number, lower: number]>;

function check(text: string, expected: Entries): void {
  const profile = createCaseProfile();
  addToCaseProfile(profile, text);
  const seen: Entries = {};
  for (let e = 0; e < profile.size; e++) seen[profile.keys[e]] = [profile.capitalised[e], profile.lower[e]];
  assert.deepEqual(seen, expected);
  // A block counted against another profile gives the same counts.
  const other = createCaseProfile();
  addToCaseProfile(other, "unrelated words first");
  const counts = countCases(other, `${text}\n`, 0, text.length);
  const fromBlock: Entries = {};
  counts.ids.forEach((e, k) => { fromBlock[other.keys[e]] = [counts.capitalised[k], counts.lower[k]]; });
  assert.deepEqual(fromBlock, expected);
}

describe("corpus: word case profile", () => {
  it("counts lower-case words and mid-sentence capitals only", () => {
    check("Start here. Orion left, Orion stays; the Orion team\n  Orion", { here: [0, 1], orion: [2, 0], left: [0, 1], stays: [0, 1], the: [0, 1], team: [0, 1] });
  });
  it("skips words starting with a digit or an uncased letter, keeps inner digits", () => {
    check("a 3Day run of A100 and 中文 then x2", { a: [0, 1], run: [0, 1], of: [0, 1], a100: [1, 0], and: [0, 1], then: [0, 1], x2: [0, 1] });
  });
  it("folds non-ASCII words as String#toLowerCase does", () => {
    check("go \u212Aelvin, to \u0130zmir and \u039F\u0394\u039F\u03A3 \u00DFx", {
      go: [0, 1], kelvin: [1, 0], to: [0, 1], "i\u0307zmir": [1, 0], and: [0, 1], "\u03BF\u03B4\u03BF\u03C2": [1, 0], "\u00DFx": [0, 1],
    });
  });
  it("treats astral letters as letters but never as a word's case, and lone surrogates as breaks", () => {
    check("ab\uD835\uDC4Ecd \uD801\uDC00x q\uD800r", { "ab\uD835\uDC4Ecd": [0, 1], q: [0, 1], r: [0, 1] });
  });
});

describe("corpus: compacted index profile", () => {
  it("gives fresh results after a file with its own words is removed and added again", () => {
    const index = new FigureConflictIndex(64, 8);
    const noise = (tag: string) => Array.from({ length: 40 }, (_, i) => `the ${tag}word${i} kept`).join(" ");
    const a = buildFile("a.txt", ["The Vantor rig holds [[512 GPUs]] in one hall."]);
    const b = buildFile("b.txt", [`the vantor crew met the vantor team near the vantor site. ${noise("b")}`]);
    const c = buildFile("c.txt", ["The Vantor rig holds [[640 GPUs]] after the upgrade."]);
    const c2 = buildFile("c.txt", [`The Vantor rig holds [[640 GPUs]] after the upgrade. ${noise("c")} ${noise("d")}`]);
    const steps: [string, ReturnType<typeof buildFile> | null][] = [["a.txt", a], ["c.txt", c], ["b.txt", b], ["b.txt", null], ["c.txt", c2], ["b.txt", b]];
    const live = new Map<string, ReturnType<typeof buildFile>>();
    const counts = steps.map(([name, file]) => {
      if (file) { live.set(name, file); index.update(name, file.text, file.analysis); } else { live.delete(name); index.remove(name); }
      assert.deepEqual(index.conflicts(), findFigureConflicts([...live.values()]));
      return index.conflicts().length;
    });
    // b writes "vantor" lower-case more often than the others capitalise it: no name, no conflict.
    assert.deepEqual(counts, [0, 1, 0, 1, 1, 0]);
  });
});
