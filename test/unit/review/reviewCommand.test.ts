// `seed-review review export` end to end in a child process: a valid review exports, a corrupt
// review file exits 1 naming the file and is left untouched.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createEmptyCollection, formatReviewFile } from "../../../server/src/review/reviewSchema";
import { ARTICLE, makeAnnotation, makeTempFolder } from "./reviewFixtures";

const MAIN = resolve(__dirname, "../../../server/src/cli/main.ts");
// The child runs in a temp folder, where `--import tsx` would not resolve; name the loader by URL.
const TSX = pathToFileURL(require.resolve("tsx")).href;
const POWER = "Power draw fell by 30 percent compared with the previous model.";

function runExport(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, ["--import", TSX, MAIN, "review", "export", ...args], { cwd, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Writes the article and `review` (bytes) beside it, runs the export, checks exit code and output. */
function check(review: string | null, args: string[], expected: { code: number; stdout?: RegExp; stderr?: RegExp }) {
  const temp = makeTempFolder();
  try {
    writeFileSync(join(temp.dir, "article.txt"), ARTICLE);
    const reviewPath = join(temp.dir, "article.txt.review.json");
    if (review !== null) writeFileSync(reviewPath, review);
    const result = runExport(temp.dir, [...args, "article.txt"]);
    assert.equal(result.code, expected.code, result.stderr);
    if (expected.stdout) assert.match(result.stdout, expected.stdout);
    if (expected.stderr) assert.match(result.stderr, expected.stderr);
    if (review !== null) assert.equal(readFileSync(reviewPath, "utf8"), review, "review file untouched");
  } finally {
    temp.cleanup();
  }
}

describe("review export command", function () {
  this.timeout(30000);
  const valid = formatReviewFile({ ...createEmptyCollection("article.txt"), items: [makeAnnotation(ARTICLE, POWER, "needs-source", "which model?")] });

  it("exports stored tags as SARIF", () => check(valid, ["--format", "sarif"], { code: 0, stdout: /"ruleId": "needs-source"[\s\S]*"note": "which model\?"/ }));
  it("exports stored tags as CSV", () => check(valid, ["--format", "csv"], { code: 0, stdout: /^file,line,[\s\S]*article\.txt,5,1,5,\d+,needs-source,which model\?,/m }));
  it("exports with no review file at all", () => check(null, ["--format", "md"], { code: 0, stdout: /^## article\.txt$/m }));
  it("exits 1 on a corrupt review file, naming it", () => check('{"@context": ', ["--format", "md"], { code: 1, stderr: /article\.txt\.review\.json: not valid JSON/ }));
});
