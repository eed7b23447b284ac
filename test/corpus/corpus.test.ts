// Runs the CLI on the sample corpus (SEED_CORPUS, default ../shared/corpus), scores it with
// the shared scorer and holds each score to its floor. Skips, saying why, without a corpus.
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(__dirname, "../..");
const corpus = resolve(repo, process.env.SEED_CORPUS ?? "../shared/corpus");
const scorer = resolve(repo, process.env.SEED_SCORER ?? join(corpus, "../tools/score.mjs"));

/** Floors the scores may not fall below (the README's accuracy table has the current values). */
const FLOORS = {
  boundaries: { f1: 1.0 },
  figures: { f1: 0.98, valueAccuracy: 0.98, qualifierRecall: 0.95 },
  claims: { f1: 0.9 },
} as const;

interface Scores { [kind: string]: { f1: number; valueAccuracy?: number; qualifierRecall?: number; misses?: string[]; extras?: string[] } }

describe("sample corpus accuracy", function () {
  let scores: Scores;

  before(function () {
    const hasCorpus = existsSync(corpus) && readdirSync(corpus).some((n) => n.endsWith(".txt")) && existsSync(scorer);
    if (!hasCorpus) {
      console.log(`    SKIPPED: no sample corpus at ${corpus} (or no scorer at ${scorer}); set SEED_CORPUS to run these tests`);
      this.skip();
    }
    const json = execFileSync(process.execPath, [join(repo, "dist/cli.js"), "analyze", "--format", "json", corpus], { maxBuffer: 256e6 });
    const out = join(mkdtempSync(join(tmpdir(), "seed-score-")), "analysis.json");
    writeFileSync(out, json);
    scores = JSON.parse(execFileSync(process.execPath, [scorer, "--pred", out, "--gold", corpus, "--json"], { encoding: "utf8" }));
  });

  for (const [kind, floor] of Object.entries(FLOORS)) {
    it(`${kind} score stays at or above ${JSON.stringify(floor)}`, () => {
      const got = scores[kind];
      assert.ok(got, `the scorer reported no ${kind}`);
      for (const [metric, min] of Object.entries(floor)) {
        const value = got[metric as keyof typeof got] as number;
        assert.ok(value >= min, `${kind} ${metric} ${value} < ${min}\nmissed: ${(got.misses ?? []).join("\n  ")}\nextra: ${(got.extras ?? []).join("\n  ")}`);
      }
    });
  }
});
