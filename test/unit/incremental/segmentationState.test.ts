// Re-segmenting from the previous version's state (spliced lines, updated term counts and
// gap similarities) must give exactly the articles a fresh segmentation gives, edit after edit,
// in every layout, including the untitled one whose evidence prints the similarities.
import { strict as assert } from "node:assert";
import { segmentArticles, segmentDocument, type Segmentation } from "../../../server/src/core/articles";
import { createTextModel } from "../../../server/src/core/document";
import { alignToLines, findChangedRegion, toLineEdit } from "../../../server/src/core/incremental/textDiff";
import { composeDocument, type Layout } from "./layoutFixtures";
import { applyEdit, createEditor } from "./randomEdits";

/** Returns how many edits took the state path (the rest had no line edit to splice). */
function check(layout: Layout, seed: number, edits: number, options: { crlf?: boolean } = {}): number {
  let text = composeDocument(seed, layout, 24, options);
  let model = createTextModel(text);
  let seg: Segmentation = segmentDocument(model);
  const edit = createEditor(seed * 17 + 3);
  let spliced = 0;
  for (let i = 0; i < edits; i++) {
    const e = edit(text);
    const next = applyEdit(text, e);
    const nextModel = createTextModel(next);
    const lineEdit = toLineEdit(alignToLines(findChangedRegion(text, next), model), model, nextModel);
    if (lineEdit) spliced++;
    seg = segmentDocument(nextModel, lineEdit && seg.state, lineEdit);
    assert.deepStrictEqual(seg.articles, segmentArticles(nextModel), `edit ${i} (${JSON.stringify(e)}) in ${layout}`);
    // The updated statistics themselves, which decide boundaries only when near a threshold.
    const fresh = segmentDocument(nextModel).state;
    for (const key of ["sims", "names"] as const) assert.deepStrictEqual(Array.from(seg.state[key] ?? []), Array.from(fresh[key] ?? []), `${key} after edit ${i} in ${layout}`);
    text = next;
    model = nextModel;
  }
  return spliced;
}

describe("incremental segmentation state", () => {
  for (const layout of ["feed", "titled", "header", "untitled"] as const) {
    it(`equals a fresh segmentation after random edits: ${layout}`, () => {
      assert.ok(check(layout, 5, 80) >= 70, "most edits should splice the previous state");
    });
  }
  it("equals a fresh segmentation after random edits with CRLF line breaks", () => {
    assert.ok(check("untitled", 9, 60, { crlf: true }) >= 40);
  });
});
