// detectClaims as a whole: spans and ranges, threshold, articles, speaker labels, list
// markers, and bounded behaviour on huge or random input.
import { strict as assert } from "node:assert";
import { detectIn } from "./claimFixture";

describe("detectClaims", () => {
  it("reports the sentence span and its LSP range", () => {
    const text = "Intro line here.\nIt is sunny. The pump draws [[40 watts]] at idle.";
    const [claim] = detectIn(text);
    assert.equal(claim.text, "The pump draws 40 watts at idle.");
    assert.deepEqual(claim.range, { start: { line: 1, character: 13 }, end: { line: 1, character: 45 } });
  });

  it("drops claims below options.minClaimConfidence", () => {
    const text = "The pump draws [[40 watts]] at idle.";
    assert.equal(detectIn(text, { options: { minClaimConfidence: 0.5 } }).length, 1);
    assert.equal(detectIn(text, { options: { minClaimConfidence: 0.95 } }).length, 0);
  });

  it("gives the index of the article whose span holds the claim, or -1", () => {
    const text = "Loose text reduces nothing? No.\nThe pump draws [[40 watts]].\nThe fan draws [[9 watts]].\nThe lamp draws [[5 watts]].";
    const claims = detectIn(text, { articleLines: [[1, 1], [2, 2]] });
    assert.deepEqual(claims.map((c) => c.article), [0, 1, -1]);
  });

  it("leaves a speaker label out of the claim span", () => {
    const [claim] = detectIn("Mary Ortiz: Our clinic served [[2,400 patients]] last year.");
    assert.equal(claim.text, "Our clinic served 2,400 patients last year.");
  });

  it("does not report bare list markers", () => {
    const claims = detectIn("  1. The pump draws [[40 watts]] at idle.\n  2. Another item here.");
    assert.deepEqual(claims.map((c) => c.text), ["The pump draws 40 watts at idle."]);
  });

  // Speed is for `npm run bench` / `npm run fuzz`; here: a 10 MB line is read completely.
  it("reads a 10 MB line completely and never throws on random text", () => {
    const big = "The engine can run faster than the old one. It reduces cost by 5% overall. ".repeat(135_000);
    assert.equal(detectIn(big).length, 270_000);
    assert.deepEqual(detectIn("x can be faster than y ".repeat(500_000)), [], "one endless sentence is not a claim");
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const noise = Array.from({ length: 20_000 }, () => String.fromCodePoint(Math.floor(rnd() * 0x2ffff))).join("");
    assert.doesNotThrow(() => detectIn(noise));
  });
});
