// Re-anchoring of stored tags after the text changed: position, exact quote, fuzzy quote, orphan.
import { strict as assert } from "node:assert";
import { anchorAnnotations, listCandidateStarts } from "../../../server/src/review/anchoring";
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

  it("follows a sentence both moved far away and edited", () => {
    const edited = "The new router forwards 45 gigabits per second on one core.";
    const filler = "Unrelated paragraph about harbour tides and ferry timetables. ".repeat(400);
    const after = ARTICLE.replace(ROUTER, "") + "\n\n" + filler + "\n\n" + edited + "\n";
    check(ARTICLE, ROUTER, after, { how: "fuzzy", text: edited }, after.lastIndexOf(edited));
  });

  it("makes a moved sentence rewritten beyond the threshold an orphan", () => {
    const filler = "Unrelated paragraph about harbour tides and ferry timetables. ".repeat(400);
    check(ARTICLE, ROUTER, ARTICLE.replace(ROUTER, "") + filler + "A router from the lab moves plenty of traffic per core.", null);
  });

  it("makes a tag whose quote is gone from a large repetitive text an orphan", () => {
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(40_000);
    const result = anchorAnnotations(filler, [makeAnnotation(filler + ROUTER, ROUTER)]);
    assert.equal(result.orphans.length, 1);
  });

  it("bounds the far search: pieces that occur everywhere propose no windows", () => {
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(40_000);
    assert.deepEqual(listCandidateStarts(filler, "Lorem ipsum dolor sit amet, consectetur adipiscing elit."), []);
    const text = "a".repeat(500) + ROUTER + "b".repeat(500);
    assert.deepEqual(listCandidateStarts(text, ROUTER), [500]);
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
