// The rules carried across edits (footers, repeated titles, episode lines, and the rule lines
// and title lines other rules start from) must give after any
// edit what a fresh segmentation gives: edits at every line of a small invented file that add
// or remove a footer, a share-button run, a title's repeat, an episode or a rule line, one at a time
// and chained, compared in their rule results and in the articles.
import { strict as assert } from "node:assert";
import { segmentDocument, type Segmentation } from "../../../server/src/core/articles";
import { createTextModel } from "../../../server/src/core/document";
import { alignToLines, findChangedRegion, toLineEdit } from "../../../server/src/core/incremental/textDiff";

const P1 = "Volunteers counted the birds twice a week along the northern shore of the bay.";
const P2 = "The totals rose through the autumn, and the survey team added two more sites.";
const P3 = "Each recording notes the tide height, the wind and the number of dogs nearby.";
const TITLE = "Counting Herons Along the Quiet Estuary";
const PHOTO = "Photo of a grey heron standing in shallow water at dawn";

const BASE = [
  "Notes From the Tide Pool Survey", "Notes From the Tide Pool Survey", P1, P2,
  "Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...",
  "The post Notes From the Tide Pool Survey appeared first on Shore Log.", "Read More",
  PHOTO, TITLE, PHOTO, P3, P1, "Continue reading →",
  "Mud, Wind and Long Mornings", PHOTO, "Episode 12 | March 3, 2022", P2, P3,
  "Why the Gulls Came Back", "Episode 13 | March 10, 2022", P1, P2,
  "* * *", "Salt Marsh Restoration Plans for Next Spring", P3, P1, "* * *", P2, P3,
].join("\n\n");

// Whole lines inserted before a line, or put in its place.
const INSERTS = ["* * *\n\n", "Twitter\n\n", "Share this:\n\n", "Read More\n\n", "Episode 4 | May 2, 2023\n\n", `${TITLE}\n\n`, `${PHOTO}\n\n`, "x\n\n"];

interface Edit { at: number; remove: number; insert: string }

/** Edits at line `n` of `text`: delete it, repeat it, insert or substitute each line above. */
function listEdits(text: string, n: number): Edit[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const at = starts[n], end = starts[n + 1] ?? text.length;
  const line = text.slice(at, end);
  return [{ at, remove: end - at, insert: "" }, { at, remove: 0, insert: line.endsWith("\n") ? line : `${line}\n` },
    ...INSERTS.map((insert) => ({ at, remove: 0, insert })), ...INSERTS.map((insert) => ({ at, remove: end - at, insert }))];
}

/** Segments `next` from `seg` (the segmentation of `text`) and checks it against a fresh one. */
function check(text: string, seg: Segmentation, next: string, label: string): Segmentation {
  const model = createTextModel(text), nextModel = createTextModel(next);
  const edit = toLineEdit(alignToLines(findChangedRegion(text, next), model), model, nextModel);
  const out = segmentDocument(nextModel, edit && seg.state, edit);
  const fresh = segmentDocument(nextModel);
  assert.deepStrictEqual(out.state.local, fresh.state.local, `rule results after ${label}`);
  assert.deepStrictEqual(out.articles, fresh.articles, `articles after ${label}`);
  return out;
}

function apply(text: string, e: Edit): string {
  return text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
}

describe("local rules carried across edits", () => {
  const base = segmentDocument(createTextModel(BASE));
  const lineCount = BASE.split("\n").length;

  it("finds every kind of result in the base file", () => {
    const local = base.state.local!;
    assert.deepEqual(local.footers.map((f) => f.kind), ["site-chrome", "site-chrome", "site-chrome", "site-chrome", "site-chrome", "post-footer", "read-more", "read-more"]);
    assert.equal(local.titled.length, 2, "a repeated title and a caption-framed one");
    assert.equal(local.episodes.length, 2);
    assert.equal(local.ruleLines.length, 2);
    assert.ok(local.titleLines?.length, "lines that may title a post where the topic changes");
  });

  it("equals a fresh segmentation after each edit at each line", () => {
    let edits = 0;
    for (let n = 0; n < lineCount; n++) {
      for (const e of listEdits(BASE, n)) {
        check(BASE, base, apply(BASE, e), `${JSON.stringify(e)} at line ${n}`);
        edits++;
      }
    }
    assert.ok(edits >= lineCount * 10);
  });

  it("equals a fresh segmentation after the same edits chained", () => {
    let text = BASE, seg = base;
    for (let round = 0; round < 120; round++) {
      const lines = text.split("\n").length;
      const edits = listEdits(text, (round * 7) % lines);
      const next = apply(text, edits[round % edits.length]);
      seg = check(text, seg, next, `chained edit ${round}`);
      text = next;
    }
  });
});
