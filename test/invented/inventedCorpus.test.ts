// Analyses the invented corpus (test/fixtures/invented-corpus: thirteen files in layouts the sample
// corpus lacks, with gold written by hand) in process, scores it with the shared scorer and
// holds each score to its floor. Skips, saying why, when the scorer is absent.
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { analyzeFile } from "../../server/src/cli/analyzeFile";
import { OUTPUT_VERSION, toContractFile } from "../../server/src/cli/outputContract";

const repo = resolve(__dirname, "../..");
const corpus = join(repo, "test/fixtures/invented-corpus");
const scorer = resolve(repo, process.env.SEED_SCORER ?? "../shared/tools/score.mjs");

/** A little below the measured scores (boundaries 1.0; figures F1 1.0, value 0.982, qualifier
 * 0.973; claims 0.92), so a regression fails. */
const FLOORS = {
  boundaries: { f1: 0.97 },
  figures: { f1: 0.98, valueAccuracy: 0.96, qualifierRecall: 0.94 },
  claims: { f1: 0.84 },
} as const;

interface Score { f1: number; precision: number; recall: number; valueAccuracy?: number; qualifierRecall?: number; misses?: string[]; extras?: string[] }

describe("invented corpus accuracy", function () {
  let scores: Record<string, Score>;

  before(function () {
    if (!existsSync(scorer)) {
      console.log(`    SKIPPED: no scorer at ${scorer}; set SEED_SCORER to run these tests`);
      this.skip();
    }
    const files = readdirSync(corpus).filter((n) => n.endsWith(".txt")).sort().map((n) => join(corpus, n));
    const contract = files.map((file) => {
      const outcome = analyzeFile(file, { optionalFigures: false, minConfidence: 0.5 });
      assert.equal(outcome.kind, "analysed", `could not analyse ${file}`);
      return outcome.kind === "analysed" ? toContractFile(file, outcome.analysis) : null;
    });
    const out = join(mkdtempSync(join(tmpdir(), "seed-invented-")), "analysis.json");
    writeFileSync(out, JSON.stringify({ version: OUTPUT_VERSION, files: contract }));
    scores = JSON.parse(execFileSync(process.execPath, [scorer, "--pred", out, "--gold", corpus, "--json"], { encoding: "utf8" }));
    for (const kind of Object.keys(FLOORS)) {
      const s = scores[kind];
      if (s) console.log(`    ${kind.padEnd(10)} P ${s.precision}  R ${s.recall}  F1 ${s.f1}`);
    }
  });

  it("analyses all thirteen files and scores every one", () => {
    assert.equal(readdirSync(corpus).filter((n) => n.endsWith(".txt")).length, 13);
    assert.equal((scores as { missingFiles?: string[] }).missingFiles, undefined);
  });

  for (const [kind, floor] of Object.entries(FLOORS)) {
    it(`${kind} score stays at or above ${JSON.stringify(floor)}`, () => {
      const got = scores[kind];
      assert.ok(got, `the scorer reported no ${kind}`);
      for (const [metric, min] of Object.entries(floor)) {
        const value = got[metric as keyof Score] as number;
        assert.ok(value >= min, `${kind} ${metric} ${value} < ${min}\nmissed: ${(got.misses ?? []).join("\n  ")}\nextra: ${(got.extras ?? []).join("\n  ")}`);
      }
    });
  }
});
