// The slice an edit re-analyses is cut from the new text's articles: the articles the edit
// touches form the interior (with any text between articles next to them), one article each
// side is the margin, and the slice holds exactly those articles.
import { strict as assert } from "node:assert";
import { createTextModel } from "../../../server/src/core/document";
import type { Article } from "../../../server/src/core/model";
import { listArticlesWithin, pickEditWindow } from "../../../server/src/core/incremental/editWindow";

// Twelve lines of ten characters ("line 00..\n"): line n starts at offset 10 * n.
const TEXT = Array.from({ length: 12 }, (_, n) => `line ${String(n).padStart(2, "0")}..\n`).join("");
const model = createTextModel(TEXT);

/** Articles over whole lines, given as [first, last] line pairs. */
function articlesOn(lines: [number, number][]): Article[] {
  return lines.map(([first, last]) => {
    const span = { start: 10 * first, end: 10 * last + 9 };
    return { title: `t${first}`, titleIsDerived: false, span, range: model.rangeOf(span), titleSpan: null, titleRange: null, sections: [], evidence: "", layout: "titled" };
  });
}

interface Expected { slice: [number, number]; interior: [number, number]; inside: string[] }

/** An edit of lines [first, end) that leaves the text as it is (the window depends on offsets only). */
function check(articleLines: [number, number][], first: number, end: number, expected: Expected | null): void {
  const articles = articlesOn(articleLines);
  const w = pickEditWindow(articles, { start: 10 * first, oldEnd: 10 * end, newEnd: 10 * end }, model, model);
  const got = w && { slice: [w.sliceStart, w.sliceEnd], interior: [w.interiorStart, w.interiorEnd], inside: listArticlesWithin(articles, w.sliceStart, w.sliceEnd).map((a) => a.title) };
  assert.deepEqual(got, expected);
}

describe("edit window", () => {
  it("takes the touched article as interior and its neighbours as margins", () =>
    check([[0, 1], [2, 4], [5, 7], [8, 11]], 5, 6, { slice: [20, 120], interior: [49, 80], inside: ["t2", "t5", "t8"] }));
  it("takes every article the edit touches into the interior", () =>
    check([[0, 1], [2, 3], [4, 5], [6, 7], [8, 9], [10, 11]], 3, 7, { slice: [0, 100], interior: [19, 80], inside: ["t0", "t2", "t4", "t6", "t8"] }));
  it("gives text between two articles to the interior", () =>
    check([[0, 1], [2, 3], [6, 7], [8, 9], [10, 11]], 4, 5, { slice: [20, 100], interior: [39, 80], inside: ["t2", "t6", "t8"] }));
  it("runs the slice to the text's start when the first article is touched", () =>
    check([[0, 3], [4, 7], [8, 11]], 1, 2, { slice: [0, 80], interior: [0, 40], inside: ["t0", "t4"] }));
  it("gives up when no article is left untouched on either side", () =>
    check([[0, 3], [4, 7], [8, 11]], 5, 6, null));
});
