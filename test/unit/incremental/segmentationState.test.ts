// Re-segmenting from the previous version's state (spliced lines, updated term counts and
// gap similarities) must give exactly the articles a fresh segmentation gives, edit after edit,
// in every layout, including the untitled one whose evidence prints the similarities.
import { strict as assert } from "node:assert";
import { segmentArticles, segmentDocument, type Segmentation } from "../../../server/src/core/articles";
import { createTextModel } from "../../../server/src/core/document";
import { alignToLines, findChangedRegion, toLineEdit } from "../../../server/src/core/incremental/textDiff";
import { composeDocument, type Layout } from "./layoutFixtures";
import { applyEdit, createEditor } from "./randomEdits";

interface Counts {
  /** Edits that took the state path (the rest had no line edit to splice). */
  spliced: number;
  /** Articles taken over from the previous version as they were (before the edit)... */
  kept: number;
  /** ...and moved by an edit that changed offsets but not lines (copies sharing the ranges). */
  moved: number;
}

function check(layout: Layout, seed: number, edits: number, options: { crlf?: boolean } = {}): { counts: Counts; articles: number } {
  let text = composeDocument(seed, layout, 24, options);
  let model = createTextModel(text);
  let seg: Segmentation = segmentDocument(model);
  const edit = createEditor(seed * 17 + 3);
  const counts: Counts = { spliced: 0, kept: 0, moved: 0 };
  for (let i = 0; i < edits; i++) {
    const e = edit(text);
    const next = applyEdit(text, e);
    const nextModel = createTextModel(next);
    const lineEdit = toLineEdit(alignToLines(findChangedRegion(text, next), model), model, nextModel);
    if (lineEdit) counts.spliced++;
    const before = new Set(seg.articles), ranges = new Set(seg.articles.map((a) => a.range));
    seg = segmentDocument(nextModel, lineEdit && seg.state, lineEdit);
    counts.kept += seg.articles.filter((a) => before.has(a)).length;
    counts.moved += seg.articles.filter((a) => !before.has(a) && ranges.has(a.range)).length;
    assert.deepStrictEqual(seg.articles, segmentArticles(nextModel), `edit ${i} (${JSON.stringify(e)}) in ${layout}`);
    // The updated statistics themselves, which decide boundaries only when near a threshold.
    const fresh = segmentDocument(nextModel).state;
    // The spliced content lines (taken over in one copy when no line moved) are the fresh ones.
    assert.deepStrictEqual(seg.state.lines.map((l) => [l.line, l.text]), fresh.lines.map((l) => [l.line, l.text]), `lines after edit ${i} in ${layout}`);
    for (const key of ["sims", "names"] as const) assert.deepStrictEqual(Array.from(seg.state[key] ?? []), Array.from(fresh[key] ?? []), `${key} after edit ${i} in ${layout}`);
    text = next;
    model = nextModel;
  }
  return { counts, articles: seg.articles.length };
}

describe("incremental segmentation state", () => {
  for (const layout of ["feed", "titled", "header", "untitled"] as const) {
    it(`equals a fresh segmentation after random edits: ${layout}`, () => {
      const { counts, articles } = check(layout, 5, 80);
      assert.ok(counts.spliced >= 70, "most edits should splice the previous state");
      // About half of the articles lie before a random edit; most edits leave the line count alone.
      assert.ok(counts.kept >= (80 * articles) / 4, `articles before the edit are reused: ${counts.kept}`);
      assert.ok(counts.moved >= (80 * articles) / 8, `articles after the edit are moved copies: ${counts.moved}`);
    });
  }
  it("equals a fresh segmentation after random edits with CRLF line breaks", () => {
    assert.ok(check("untitled", 9, 60, { crlf: true }).counts.spliced >= 40);
  });
});
