// `seed-review analyze` on bad inputs, end to end in a child process: a binary or missing input
// is named on stderr and skipped, the good inputs are still printed, and the exit status is 1.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const MAIN = resolve(__dirname, "../../../server/src/cli/main.ts");
const TSX = pathToFileURL(require.resolve("tsx")).href;
const GOOD = "Harbour buoys learn to forecast fog\n\nThe buoys cut false alarms by 38% last winter.\n";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

interface Expected { code: number; files: string[]; stderr: RegExp[] }

/** Writes `files` into a temp folder, runs `analyze --format json` on `args` there and checks the outcome. */
function check(files: Record<string, string | Buffer>, args: string[], expected: Expected): void {
  const dir = mkdtempSync(join(tmpdir(), "seed-cli-"));
  try {
    mkdirSync(join(dir, "corpus"));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const run = spawnSync(process.execPath, ["--import", TSX, MAIN, "analyze", "--format", "json", ...args], { cwd: dir, encoding: "utf8" });
    assert.equal(run.status, expected.code, run.stderr);
    const printed = JSON.parse(run.stdout) as { files: { file: string }[] };
    assert.deepEqual(printed.files.map((f) => f.file.replace(/\\/g, "/")), expected.files);
    for (const re of expected.stderr) assert.match(run.stderr, re);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("analyze command on bad inputs", function () {
  this.timeout(30000);

  it("exits 1 on a binary file, naming it", () =>
    check({ "corpus/image.txt": PNG }, ["corpus/image.txt"], { code: 1, files: [], stderr: [/corpus\/image\.txt: binary data \(NUL byte at offset 8\)/] }));

  it("skips the bad file of a folder with a message, prints the good one, and exits 1", () =>
    check({ "corpus/a-image.txt": PNG, "corpus/b-post.txt": GOOD }, ["corpus"], {
      code: 1, files: ["corpus/b-post.txt"], stderr: [/a-image\.txt: binary data.*skipped/, /1 input\(s\) skipped, 1 analysed/],
    }));

  it("skips a missing path but analyses the others", () =>
    check({ "corpus/post.txt": GOOD }, ["nowhere.txt", "corpus/post.txt"], { code: 1, files: ["corpus/post.txt"], stderr: [/nowhere\.txt: no such file or folder; skipped/] }));

  it("analyses a file with invalid UTF-8, warning with the byte offset, and exits 0", () =>
    check({ "corpus/latin1.txt": Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" prices rose 5%.\n")]) }, ["corpus/latin1.txt"], {
      code: 0, files: ["corpus/latin1.txt"], stderr: [/latin1\.txt: invalid UTF-8 at byte 3 \(line 1\)/],
    }));

  it("analyses UTF-16 with a BOM like UTF-8 and exits 0", () =>
    check({ "corpus/wide.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, "utf16le")]) }, ["corpus/wide.txt"], { code: 0, files: ["corpus/wide.txt"], stderr: [] }));

  it("analyses a folder on worker threads with the same output, in input order, and still skips the bad file", () => {
    const dir = mkdtempSync(join(tmpdir(), "seed-cli-"));
    try {
      const files: Record<string, string | Buffer> = { "c-image.txt": PNG };
      for (const name of ["a-post.txt", "b-post.txt", "d-post.txt", "e-post.txt"]) files[name] = GOOD.replace("38%", `${name.length * 7}%`);
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
      const run = (jobs: string) => spawnSync(process.execPath, ["--import", TSX, MAIN, "analyze", "--format", "json", "--jobs", jobs, "."], { cwd: dir, encoding: "utf8" });
      const one = run("1"), three = run("3");
      assert.equal(three.status, 1, three.stderr);
      assert.match(three.stderr, /c-image\.txt: binary data.*skipped/);
      assert.equal(three.stdout, one.stdout);
      const printed = JSON.parse(three.stdout) as { files: { file: string; figures: unknown[] }[] };
      assert.deepEqual(printed.files.map((f) => f.file), ["a-post.txt", "b-post.txt", "d-post.txt", "e-post.txt"]);
      assert.ok(printed.files.every((f) => f.figures.length === 1));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
