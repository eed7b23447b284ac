// The region kept from an editor's change ranges must always bound the real difference (text
// outside it the same in both versions), and re-analysing with it instead of a diff must give
// exactly the full analysis, when several edits arrive between two analyses.
import { strict as assert } from "node:assert";
import { analyze } from "../../../server/src/core/analysis";
import { createTextModel } from "../../../server/src/core/document";
import { reanalyzeText, type AnalyzedText } from "../../../server/src/core/incremental";
import { addEdit, startRegion, toTextChange, type EditedRegion } from "../../../server/src/core/incremental/editedRegion";
import { defaultAnalysisOptions } from "../../../server/src/core/options";
import { composeDocument, createRandom, type Layout } from "./layoutFixtures";
import { applyEdit, createEditor, type Edit } from "./randomEdits";

function checkBounds(base: string, text: string, r: EditedRegion, context: string): void {
  assert.ok(r.start <= r.oldEnd && r.start <= r.newEnd, `ordered: ${JSON.stringify(r)} ${context}`);
  assert.equal(base.slice(0, r.start), text.slice(0, r.start), `common prefix ${context}`);
  assert.equal(base.slice(r.oldEnd), text.slice(r.newEnd), `common suffix ${context}`);
}

/** Bursts of 1–3 edits between analyses; returns how many analyses went the incremental way. */
function check(layout: Layout, seed: number, bursts: number): number {
  let text = composeDocument(seed, layout, 24);
  let state: AnalyzedText = { model: createTextModel(text), analysis: analyze(text) };
  const edit = createEditor(seed * 13 + 5);
  const random = createRandom(seed);
  let incremental = 0;
  for (let b = 0; b < bursts; b++) {
    const base = text;
    let region = startRegion(base.length);
    const burst: Edit[] = [];
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const e = edit(text);
      burst.push(e);
      region = addEdit(region, e.at, e.remove, e.insert.length);
      text = applyEdit(text, e);
      checkBounds(base, text, region, `after ${JSON.stringify(burst)}`);
    }
    const known = toTextChange(region, base.length, text.length);
    assert.ok(known, "the region fits the texts it was kept for");
    const next = reanalyzeText(state, text, defaultAnalysisOptions, known);
    if (next.mode === "incremental") incremental++;
    assert.deepStrictEqual(next.analysis, analyze(text), `burst ${b} (${JSON.stringify(burst)}) in ${layout}: ${next.reason}`);
    state = next;
  }
  return incremental;
}

describe("edited region from change ranges", () => {
  for (const layout of ["feed", "titled", "header"] as const) {
    it(`bounds the difference and re-analyses like a full analysis: ${layout}`, () => {
      const incremental = check(layout, 7, 40);
      assert.ok(incremental >= 20, `incremental path too rare (far-apart edits of a burst make one wide region): ${incremental}`);
    });
  }

  it("joins two far-apart edits into one region covering both", () => {
    const r = addEdit(addEdit(startRegion(100), 10, 2, 5), 80, 0, 1);
    assert.deepEqual(r, { start: 10, oldEnd: 77, newEnd: 81, oldLength: 100, newLength: 104 });
  });

  it("is not used for texts of other lengths (a change it never saw)", () => {
    assert.equal(toTextChange(addEdit(startRegion(50), 5, 0, 3), 50, 52), undefined);
  });
});
