// detectClaims skips work that cannot change its result: reasons for sentences a leading
// exclusion drops, exclusions for sentences whose reasons fall short. Its claims must equal
// the plain rule: every sentence fully assessed (assessSentence), then filtered.
import { strict as assert } from "node:assert";
import { createTextModel, listSentences } from "../../../server/src/core/document";
import { assessSentence, describeSentences, detectClaims, EXCLUSIONS, REASONS } from "../../../server/src/core/claims";
import { defaultAnalysisOptions } from "../../../server/src/core/options";

/** [text, reasons, confidence] of the claims the plain rule keeps (the bio state as detectClaims keeps it). */
function assessAll(text: string, threshold: number): [string, string[], number][] {
  const kept: [string, string[], number][] = [];
  let bioLine = -1, bioArticle: number | null = null;
  for (const f of describeSentences(listSentences(createTextModel(text)), [], [], [])) {
    if (f.line === bioLine) continue;
    if (bioArticle !== null && f.article !== bioArticle) bioArticle = null;
    if (f.lineStart && /^about the (?:authors?|contributors?|speakers?|guests?)\b/i.test(f.text)) bioArticle = f.article;
    const a = assessSentence(f, REASONS, EXCLUSIONS);
    if (a.exclusions.includes("boilerplate")) bioArticle = null;
    if (bioArticle !== null) continue;
    if (a.exclusions.includes("bio")) bioLine = f.line;
    if (a.confidence > 0 && a.confidence >= threshold) kept.push([f.text, a.reasons, a.confidence]);
  }
  return kept;
}

function check(text: string, threshold: number, least: number): void {
  const doc = createTextModel(text);
  const claims = detectClaims({
    doc, sentences: listSentences(doc), articles: [], figures: [], tables: [],
    options: { ...defaultAnalysisOptions, minClaimConfidence: threshold },
  });
  const expected = assessAll(text, threshold);
  assert.deepEqual(claims.map((c) => [c.text, c.reasons, c.confidence]), expected);
  assert.ok(expected.length >= least, `only ${expected.length} claims at ${threshold}`);
}

describe("claim detection shortcuts", () => {
  it("keeps the exclusions before \"bio\" dropping and every factor in [0, 1]", () => {
    const bio = EXCLUSIONS.findIndex((x) => x.name === "bio");
    assert.ok(bio > 0);
    for (const rule of EXCLUSIONS.slice(0, bio + 1)) assert.equal(rule.factor, 0, rule.name);
    for (const rule of EXCLUSIONS) assert.ok(rule.factor >= 0 && rule.factor <= 1, rule.name);
  });

  const fixture = [
    "Quillmesh cuts index time by 40% over the baseline and is as fast as Tarn.",
    "You can probably use it for small jobs. We hope to ship it soon.",
    "Rowan Ide is a Staff Engineer at Brightwell. She built the cache that halved latency.",
    "Perhaps the queue could be much faster than the old one?",
    "Ana Silva, Tom Berg, Lee Park and Omar Haddad",
    "The new planner supports streaming and is generally available today.",
    "Figure 2 shows the memory use of each run.",
    "Read more about the release on our blog.",
    "It runs on every laptop, which must stay cool.",
  ].join("\n");
  for (const [threshold, least] of [[0.5, 3], [0.2, 4], [0.75, 1], [0, 4]] as const) {
    it(`agrees with full assessment at threshold ${threshold}`, () => check(fixture, threshold, least));
  }
});
