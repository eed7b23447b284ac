// Re-anchoring of stored tags after the text changed: position, exact quote, fuzzy quote, orphan.
import { strict as assert } from "node:assert";
import { anchorAnnotations } from "../../../server/src/review/anchoring";
import { findApproximateMatch } from "../../../server/src/review/fuzzyMatch";
import { ARTICLE, makeAnnotation } from "./reviewFixtures";

const FASTEST = "It is the fastest design the lab has built so far.";
const ROUTER = "The new router forwards 40 gigabits per second on a single core.";

/** Tags `sentence` in `before`, re-anchors in `after`; expects the method and the text it lands on (null: orphan). */
function check(before: string, sentence: string, after: string, expected: { how: string; text: string } | null, expectedStart?: number) {
  const annotation = makeAnnotation(before, sentence);
  const result = anchorAnnotations(after, [annotation]);
  if (expected === null) {
    assert.equal(result.anchored.length, 0, "should be an orphan");
    assert.deepEqual(result.orphans, [annotation], "the orphan is returned unchanged");
    return;
  }
  assert.equal(result.orphans.length, 0, "should be anchored");
  const [found] = result.anchored;
  assert.equal(found.how, expected.how);
  assert.equal(after.slice(found.span.start, found.span.end), expected.text);
  if (expectedStart !== undefined) assert.equal(found.span.start, expectedStart);
}

describe("review anchoring", () => {
  it("keeps the stored position when the text there is unchanged", () => {
    check(ARTICLE, FASTEST, ARTICLE, { how: "position", text: FASTEST });
  });

  it("finds the quote after text was inserted before it", () => {
    const after = "Editor's note: updated on March 9.\n\n" + ARTICLE;
    check(ARTICLE, FASTEST, after, { how: "quote", text: FASTEST }, after.indexOf(FASTEST));
  });

  it("follows a sentence moved to another paragraph", () => {
    const after = ARTICLE.replace(FASTEST + " ", "").replace("previous model.", `previous model. ${FASTEST}`);
    check(ARTICLE, FASTEST, after, { how: "quote", text: FASTEST }, after.indexOf(FASTEST));
  });

  it("finds an edited sentence by a close approximate match", () => {
    const edited = "The new router forwards 45 gigabits per second on one core.";
    check(ARTICLE, ROUTER, ARTICLE.replace(ROUTER, edited), { how: "fuzzy", text: edited });
  });

  it("makes a deleted sentence an orphan and keeps it", () => {
    check(ARTICLE, FASTEST, ARTICLE.replace(FASTEST, ""), null);
  });

  it("does not accept a rewrite below the similarity threshold", () => {
    check(ARTICLE, ROUTER, ARTICLE.replace(ROUTER, "A router from the lab moves plenty of traffic per core."), null);
  });

  it("tells a repeated sentence apart by its context rather than by distance", () => {
    const repeated = "Results were checked twice.";
    const before = `Alpha section opens here. ${repeated} Alpha ends.\nBeta section opens here. ${repeated} Beta ends.\n`;
    const second = before.lastIndexOf(repeated);
    const annotation = makeAnnotation(before, repeated);
    // Re-point the stored selector at the second copy, as if that one had been tagged.
    const [quote] = annotation.target.selector;
    annotation.target.selector = [{ ...quote, prefix: before.slice(second - 32, second), suffix: before.slice(second + repeated.length, second + repeated.length + 32) }, { type: "TextPositionSelector", start: second, end: second + repeated.length }];
    // Shift the text so the first copy now sits where the second one was.
    const shift = second - before.indexOf(repeated);
    const after = "x".repeat(shift) + "\n" + before;
    const [found] = anchorAnnotations(after, [annotation]).anchored;
    assert.equal(found.how, "quote");
    assert.equal(found.span.start, after.lastIndexOf(repeated));
  });

  it("stays fast on a large text where the quote is gone", () => {
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(40_000);
    const annotation = makeAnnotation(filler + ROUTER, ROUTER);
    const started = performance.now();
    const result = anchorAnnotations(filler, [annotation]);
    assert.equal(result.orphans.length, 1);
    assert.ok(performance.now() - started < 1000, "fuzzy search is bounded");
  });
});

describe("approximate match", () => {
  it("reports similarity and the matched span", () => {
    const match = findApproximateMatch("gigabits", "forwards 40 gigabyts per second", 0, 1e6);
    assert.deepEqual(match?.span, { start: 12, end: 20 });
    assert.equal(match?.similarity, 1 - 1 / 8);
  });

  it("refuses work above its cell budget", () => {
    assert.equal(findApproximateMatch("abc", "x".repeat(100), 0, 10), null);
  });
});
