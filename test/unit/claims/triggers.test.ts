// Trigger words only skip regexes that cannot match: every rule must weigh and test an invented
// sentence exactly as it does with all cues flagged (every regex run).
import { strict as assert } from "node:assert";
import { createTextModel, listSentences } from "../../../server/src/core/document";
import { describeSentences, EXCLUSIONS, REASONS, type SentenceFacts } from "../../../server/src/core/claims";

function check(fixture: string, minFired: number): void {
  const sentences = listSentences(createTextModel(fixture));
  let fired = 0;
  for (const facts of describeSentences(sentences, [], [], [])) {
    const everyRegex: SentenceFacts = { ...facts, cues: new Uint8Array(facts.cues.length).fill(255) };
    for (const rule of REASONS) {
      const weight = rule.weigh(facts);
      assert.equal(weight, rule.weigh(everyRegex), `${rule.reason} on "${facts.text}"`);
      if (weight > 0) fired++;
    }
    for (const rule of EXCLUSIONS) {
      const applies = rule.test(facts);
      assert.equal(applies, rule.test(everyRegex), `${rule.name} on "${facts.text}"`);
      if (applies) fired++;
    }
  }
  // The fixture must exercise the rules, or the comparison proves nothing.
  assert.ok(fired >= minFired, `only ${fired} rules fired on "${fixture}"`);
}

describe("claim trigger words", () => {
  const cases: [string, number][] = [
    ["Quillmesh OUTPERFORMS every rival.", 1],
    ["It Runs 3x Faster Than its predecessor.", 2],
    ["The co-founder of Lattice is a Staff Engineer at Brightwell.", 1],
    ["Ummm, I’m not sure, you know, it could be revolutionizing storage.", 3],
    ["It's State-of-the-Art and the world's first engine to do so.", 2],
    ["Latency is O(n log n) and cost = 2 * size.", 2],
    ["A ≥ B ≫ C on every benchmark we ran.", 1],
    ["Perhaps we should have shipped the larger model SOTA-style.", 2],
    ["We Thank the reviewers; Acknowledgements go to the Ledger team.", 1],
    ["Thousands of users now rely on the tool, which is Generally Available.", 2],
    ["Ana Silva, Tom Berg and Lee Park and Omar Haddad", 1],
    ["Quillmesh has also introduced a Cutting-Edge Speed-up for reducing cost.", 3],
    ["İstanbul teams saw the BEST results, unlike the others.", 2],
    // "can" has a cue of its own; after "you" only "can be used" makes it a capability.
    ["Teams that must wait say you can be used to it, and it can run ≥ 2 jobs.", 3],
  ];
  for (const [fixture, minFired] of cases) it(fixture, () => check(fixture, minFired));
});
