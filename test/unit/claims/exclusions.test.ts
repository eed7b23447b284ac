// Each exclusion family keeps an invented sentence out, even when it holds claim words.
import { strict as assert } from "node:assert";
import { detectIn } from "./claimFixture";

function check(fixture: string, family: string): void {
  const claims = detectIn(fixture);
  assert.deepEqual(claims.map((c) => c.text), [], `${family} should not be a claim`);
}

describe("claim exclusions", () => {
  const cases: [string, string][] = [
    ["Can the new allocator really reduce fragmentation by [[30%]]?", "question"],
    ["We hope the toolkit will reduce build times for many teams.", "hope"],
    ["We plan to release the larger model and outperform our baseline.", "intent"],
    ["The project will continue to improve the recall of the tagger.", "intent"],
    ["Click the Deploy button to enable faster builds.", "instruction"],
    ["To learn more about the faster engine, visit the project page.", "instruction"],
    ["We thank the reviewers for their help with the largest experiments.", "thanks"],
    ["This work was funded by a grant that enabled the [[3]] field trips.", "thanks"],
    ["Dana Ortiz is a Principal Engineer at Fernworks where she leads the storage team.", "bio"],
    ["Ana Silva, Tom Berg, Lee Park, Omar Haddad, and Ruth Cole", "author list"],
    ["The post Faster Builds with Caching appeared first on Example Blog.", "boilerplate"],
    ["Read More", "boilerplate"],
    ["Figure 2: The new cache reduces latency by [[40%]] over the baseline.", "caption"],
    ["Faster Builds with Smarter Caching", "heading"],
    ["Diagram showing how the new cache reduces latency across three regions", "alt text"],
    ["This project will reduce the error rate of flood forecasts in river deltas.", "project plan"],
    ["Hopefully the next release can cut the install size in half.", "hope"],
    ["Limited throughput. The rest follows.", "verbless heading"],
    ["A ledger is a data structure that records transactions in order.", "definition"],
    ["© 2024 Ferrow Press, [[18]] Dock Road, Tarrow", "copyright"],
    ["Copyright 2022 Orrin Labs Limited, a company of [[40]] staff", "copyright"],
    ["Comments: [[14]] pages, [[6]] figures, accepted at a workshop", "header field"],
    ["By Zoë Ångström · [[7]] min read", "byline in any script"],
    ["Yield ratio is usable tiles divided by all tiles delivered to the kiln.", "formula"],
    ["We believe this approach is important and can change the field.", "opinion"],
    ["Reducing waste is critical for every modern factory.", "opinion"],
    ["result = engine.compress(data, level=9)", "code"],
    ["# the loop below is faster than the naive one", "code comment"],
    ["Node A [[12 ms]] [[40 ms]] [[3.1 GB]] [[OOM]]", "table row"],
    ["[MUSIC PLAYS]", "stage direction"],
    ["The following table shows the improvements on each benchmark.", "pointer"],
    ["Sam: Um, I mean, you know, we can kind of do whatever we like there.", "conversation"],
  ];
  for (const [fixture, family] of cases) it(`${family}: ${fixture.slice(0, 50)}`, () => check(fixture, family));

  it("leaves out a sentence that a table covers", () => {
    const text = "Before the table.\nEngine A reduces cost by [[20%]] over Engine B.\nAfter it.";
    assert.equal(detectIn(text).length, 1);
    assert.deepEqual(detectIn(text, { tableLines: [[1, 1]] }), []);
  });

  it("judges caption sentences after the first on their own", () => {
    const claims = detectIn("Figure 3: Latency per request. The tuned build reduces latency by [[25%]].");
    assert.deepEqual(claims.map((c) => c.text), ["The tuned build reduces latency by 25%."]);
  });

  it("does not read a relative clause about another party as an intention", () => {
    const [claim] = detectIn("Our team won the Harbor Challenge, a contest that aims to rank route planners, with [[92%]] accuracy.");
    assert.ok(claim, "the sentence reports a result");
  });

  it("keeps a heading that states a figure", () => {
    assert.equal(detectIn("Smaller binaries: [[4x]] smaller images via dead-code removal").length, 1);
  });
});
