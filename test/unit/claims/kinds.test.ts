// The kind of each claim follows from its strongest specific reason.
import { strict as assert } from "node:assert";
import { detectIn } from "./claimFixture";
import { pickKind } from "../../../server/src/core/claims/kinds";

function check(sentence: string, kind: string): void {
  const claims = detectIn(sentence);
  assert.equal(claims.length, 1, `expected one claim in: ${sentence}`);
  assert.equal(claims[0].kind, kind, `reasons [${claims[0].reasons}]`);
}

describe("claim kinds", () => {
  const cases: [string, string][] = [
    ["The new index cuts query time by [[60%]] on cold caches.", "result"],
    ["The survey covered [[1,800 households]] across the valley.", "measurement"],
    ["The tuned build answers requests faster than the stock build.", "comparison"],
    ["Brightmoor is the fastest open-source tile renderer.", "superlative"],
    ["The tile renderer can draw vector maps without a GPU.", "capability"],
    ["Version two of the renderer is now generally available.", "availability"],
  ];
  for (const [sentence, kind] of cases) it(`${kind}: ${sentence.slice(0, 50)}`, () => check(sentence, kind));

  it("prefers availability, then superlative, then comparison", () => {
    assert.equal(pickKind(["capability", "comparison", "availability"]), "availability");
    assert.equal(pickKind(["comparison", "superlative", "figure"]), "superlative");
    assert.equal(pickKind(["figure", "result-verb", "comparison"]), "comparison");
    assert.equal(pickKind(["capability", "result-verb"]), "capability");
    assert.equal(pickKind(["named-measurement"]), "measurement");
  });
});
