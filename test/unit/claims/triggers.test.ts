// Trigger words only skip regexes that cannot match: every rule must weigh and test an invented
// sentence exactly as it does with all cues flagged (every regex run).
import { strict as assert } from "node:assert";
import { createTextModel, listSentences } from "../../../server/src/core/document";
import { describeSentences, EXCLUSIONS, REASONS, type SentenceFacts } from "../../../server/src/core/claims";

function check(fixture: string, minFired: number): void {
  const sentences = listSentences(createTextModel(fixture));
  let fired = 0;
  for (const facts of describeSentences(sentences, [], [], [])) {
    // Every cue flagged, each search from the sentence start: every regex runs in full.
    const everyRegex: SentenceFacts = { ...facts, cues: new Uint8Array(facts.cues.length).fill(255), cueStarts: new Int32Array(facts.cueStarts.length) };
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
    // A cue with a lead is searched from its first trigger minus the lead: each sentence holds
    // one cue's widest reach before its trigger word, with no earlier trigger of that cue.
    ["The scheduler is still under active development.", 1],
    ["We would like to thank Mara for the sketches.", 1],
    ["Our experiments also show steady recall.", 1],
    ["Recall remains largely the same across shards.", 1],
    // "over the prior …" is flagged by its last word, not by "over".
    ["Tarn ran quicker over the prior build.", 1],
    ["It is indeed possible to shard the index.", 1],
    ["Warmup took from half to one day.", 1],
    ["Tarn trades time and space for 3 replicas.", 2],
    ["The archive doesn’t contain raw logs.", 1],
    ["Both tools are currently available in preview.", 1],
    ["Tarn becomes the first engine with streaming.", 1],
    ["The cache has the potential to halve costs.", 1],
    ["It set a new record on the shared leaderboard.", 1],
    ["Set x = 3 before the run.", 1],
    ["All rights reserved by the Ledger team.", 1],
    // A bio's role clause is searched from its verb, and only when a role noun occurs.
    ["Mira is the staff writer at Quillmesh, says the team lead.", 1],
    ["Written by the Ledger crew.", 1],
    // Pointers: "paper" 23 characters after the match start; verbs that open unbounded branches.
    ["Sadly those numbers were summarized in our paper.", 1],
    ["Later on we also give two worked examples.", 1],
    ["In short, it is demonstrated by the lattice diagram below.", 1],
    // Definitions: "we" after two 40-character lead-ins; "can be thought of" anywhere.
    ["For the slow streaming path of a ledger, on each single nightly sync of the cache, we train it.", 1],
    ["Each shard can be thought of as a queue.", 1],
    // Instruction openings are compared case-insensitively without slicing.
    ["SUBSCRIBE to the digest for weekly notes.", 1],
  ];
  for (const [fixture, minFired] of cases) it(fixture, () => check(fixture, minFired));
});
