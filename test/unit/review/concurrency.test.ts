// Two processes tagging one file at the same moment: the lock and the re-read keep every tag.
import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseReviewFile } from "../../../server/src/review/reviewSchema";
import { makeTempFolder } from "./reviewFixtures";

const WRITER = join(__dirname, "concurrentWriter.ts");
const SENTENCES = 30;

/** Resolves to the exit code and stderr of one writer process. */
function runWriter(textPath: string, first: number, step: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, textPath, String(first), String(step)], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve(`exit ${code}${stderr ? `: ${stderr}` : ""}`));
  });
}

describe("review store concurrency", () => {
  it("keeps every tag when two processes write the same review file at once", async function () {
    this.timeout(60000);
    const temp = makeTempFolder();
    try {
      const textPath = join(temp.dir, "feed.txt");
      const text = Array.from({ length: SENTENCES }, (_, i) => `Sentence ${i + 1} says the relay handled ${i * 7 + 3} requests per second.`).join("\n");
      writeFileSync(textPath, text + "\n");
      const codes = await Promise.all([runWriter(textPath, 0, 2), runWriter(textPath, 1, 2)]);
      assert.deepEqual(codes, ["exit 0", "exit 0"]);
      const reviewPath = `${textPath}.review.json`;
      const items = parseReviewFile(reviewPath, readFileSync(reviewPath, "utf8")).items;
      assert.equal(items.length, SENTENCES, "no tag lost");
      assert.equal(new Set(items.map((a) => a.target.selector[0].exact)).size, SENTENCES, "each sentence tagged once");
    } finally {
      temp.cleanup();
    }
  });
});
