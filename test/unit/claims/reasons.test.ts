// Each reason family makes an invented sentence a claim and is named in its reasons.
import { strict as assert } from "node:assert";
import { detectIn } from "./claimFixture";

function check(sentence: string, reason: string): void {
  const claims = detectIn(sentence);
  assert.equal(claims.length, 1, `expected one claim in: ${sentence}`);
  assert.ok(claims[0].reasons.includes(reason), `expected "${reason}" in [${claims[0].reasons}] for: ${sentence}`);
  assert.ok(claims[0].confidence >= 0.5 && claims[0].confidence <= 1);
}

describe("claim reasons", () => {
  const cases: [string, string][] = [
    ["The cache layer serves [[4,200 requests per second]] on one node.", "figure"],
    ["Our parser is roughly as fast as the reference parser on long inputs.", "comparison"],
    ["Compared with the old scheduler, the new one keeps queues shorter.", "comparison"],
    ["Kestrel is the largest open catalogue of lichen photographs.", "superlative"],
    ["Morrow Labs built the first compiler to target bead-sorting hardware.", "first-or-only"],
    ["It is the first kelp farm on this shore run entirely by volunteers.", "first-or-only"],
    ["The tagger sets a state-of-the-art mark on the Wren benchmark.", "state-of-the-art"],
    ["The new allocator outperforms the default one on fragmented heaps.", "result-verb"],
    ["Switching the codec reduces the startup delay of the player.", "result-verb"],
    ["The Quillon toolkit is now available on the public package index.", "availability"],
    ["Today we are releasing the Harbor dataset under an open licence.", "availability"],
    ["Tessel open-sourced its layout engine last spring.", "availability"],
    ["The plugin can rebuild a broken index without stopping the server.", "capability"],
    ["The driver supports hot-swapping of storage shelves.", "capability"],
    ["Lookup cost grows as O(n log n) in the number of keys.", "named-measurement"],
    ["It took three days to rebuild the archive from tape.", "named-measurement"],
  ];
  for (const [sentence, reason] of cases) it(`${reason}: ${sentence.slice(0, 50)}`, () => check(sentence, reason));

  it("does not take an ordinal step or attempt for a first", () => {
    assert.deepEqual(detectIn("This is the first step of the weekly routine."), []);
    assert.deepEqual(detectIn("It was our first attempt at a kelp garden."), []);
  });

  it("gives no claim to a sentence with no reason", () => {
    assert.deepEqual(detectIn("The meeting room was on the second floor of the old mill."), []);
  });

  it("does not count an -ing form after a preposition as a result", () => {
    assert.deepEqual(detectIn("Teams were busy with work when compressing the archives."), []);
  });

  it("weighs a figure above a bare comparative, and combines reasons", () => {
    const [one] = detectIn("The pump draws [[40 watts]] at idle.");
    const [two] = detectIn("The pump draws [[40 watts]] less than the old pump at idle.");
    assert.ok(two.confidence > one.confidence, `${two.confidence} > ${one.confidence}`);
    assert.deepEqual(detectIn("The newer pumps run quieter and smaller."), [], "a lone weak comparative is not enough");
  });

  it("falls back to bare numbers when no figures were extracted at all", () => {
    const [claim] = detectIn("The station logged 312 storms over the season.");
    assert.ok(claim?.reasons.includes("figure"));
    assert.deepEqual(detectIn("The Falcon-9 team met in room B12 on Tuesday."), [], "digits glued to names are identifiers");
  });

  it("uses extracted figures, not bare digits, when figures exist", () => {
    const claims = detectIn("The rig holds [[12 drives]] in total.\nThe crew met 3 times at the café.");
    assert.deepEqual(claims.map((c) => c.text), ["The rig holds 12 drives in total."]);
  });
});
