// The review store on disk: tagging, review folders, escapes, bad files left untouched,
// read-only files, crash leftovers, stale locks and changes made by another program.
import { strict as assert } from "node:assert";
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ReviewFileError, ReviewStore, readNote, readTag } from "../../../server/src/review";
import { formatReviewFile, parseReviewFile, createEmptyCollection } from "../../../server/src/review/reviewSchema";
import { ARTICLE, makeAnnotation, makeTempFolder } from "./reviewFixtures";

const ROUTER = "The new router forwards 40 gigabits per second on a single core.";
const POWER = "Power draw fell by 30 percent compared with the previous model.";
const spanOf = (sentence: string) => ({ start: ARTICLE.indexOf(sentence), end: ARTICLE.indexOf(sentence) + sentence.length });

let temp: ReturnType<typeof makeTempFolder>;
let textPath: string;
let reviewPath: string;
beforeEach(() => {
  temp = makeTempFolder();
  textPath = join(temp.dir, "article.txt");
  reviewPath = `${textPath}.review.json`;
  writeFileSync(textPath, ARTICLE);
});
afterEach(() => {
  try { chmodSync(reviewPath, 0o644); } catch { /* absent */ }
  temp.cleanup();
});

const newStore = (extra = {}) => new ReviewStore({ workspaceRoot: temp.dir, ...extra });

/** Writes `content` as the review file; every change must fail with `problem` and leave its bytes alone. */
async function checkRejected(content: string, problem: string, messagePart: RegExp) {
  writeFileSync(reviewPath, content);
  const store = newStore();
  assert.throws(() => store.load(textPath), (e: unknown) => e instanceof ReviewFileError && e.problem === problem && e.message.startsWith(reviewPath) && messagePart.test(e.message));
  await assert.rejects(store.setTag(textPath, { documentText: ARTICLE, span: spanOf(ROUTER), tag: "disputed" }), (e: unknown) => e instanceof ReviewFileError && e.problem === problem);
  await assert.rejects(store.clearTag(textPath, "urn:uuid:00000000-0000-4000-8000-000000000001"), ReviewFileError);
  assert.equal(readFileSync(reviewPath, "utf8"), content, "file bytes untouched");
}

describe("review store", () => {
  it("creates the review file beside the text and updates one tag per claim", async () => {
    const store = newStore();
    const first = await store.setTag(textPath, { documentText: ARTICLE, span: spanOf(ROUTER), tag: "needs-source", note: "which benchmark?", creator: "ana" });
    const again = await store.setTag(textPath, { documentText: ARTICLE, span: spanOf(ROUTER), tag: "verified" });
    assert.equal(again.id, first.id, "same claim, same annotation");
    assert.equal(readNote(again), "which benchmark?", "an omitted note is kept");
    assert.equal(again.motivation, "assessing");
    const onDisk = parseReviewFile(reviewPath, readFileSync(reviewPath, "utf8"));
    assert.equal(onDisk.source, "article.txt");
    assert.equal(onDisk.items.length, 1);
    assert.equal(readTag(onDisk.items[0]), "verified");
    assert.deepEqual(onDisk.items[0].target.selector[1], { type: "TextPositionSelector", ...spanOf(ROUTER) });
  });

  it("sets and removes notes and clears tags", async () => {
    const store = newStore();
    const a = await store.setTag(textPath, { documentText: ARTICLE, span: spanOf(POWER), tag: "disputed" });
    assert.equal(readNote((await store.setNote(textPath, a.id, "the old model idled more"))!), "the old model idled more");
    assert.equal(readNote((await store.setNote(textPath, a.id, ""))!), "");
    assert.equal(await store.clearTag(textPath, a.id), true);
    assert.equal(await store.clearTag(textPath, a.id), false);
    assert.equal(await store.setNote(textPath, a.id, "gone"), null);
    assert.deepEqual(store.listTags(textPath, ARTICLE), { anchored: [], orphans: [] });
  });

  it("applies a batch of changes in one write, clearing by span", async () => {
    const store = newStore();
    await store.setTag(textPath, { documentText: ARTICLE, span: spanOf(POWER), tag: "disputed" });
    await store.applyChanges(textPath, ARTICLE, [{ span: spanOf(ROUTER), tag: "verified", note: "spec sheet" }, { span: spanOf(POWER), tag: null }], "ana");
    const items = newStore().load(textPath).items;
    assert.deepEqual(items.map((a) => [a.target.selector[0].exact, readTag(a), readNote(a)]), [[ROUTER, "verified", "spec sheet"]]);
  });

  it("keeps review files in a review folder at the text's relative path", async () => {
    const store = newStore({ reviewDir: "reviews" });
    await store.setTag(textPath, { documentText: ARTICLE, span: spanOf(POWER), tag: "verified" });
    const inFolder = join(temp.dir, "reviews", "article.txt.review.json");
    assert.ok(existsSync(inFolder));
    assert.ok(!existsSync(reviewPath));
    assert.equal(parseReviewFile(inFolder, readFileSync(inFolder, "utf8")).source, "../article.txt");
  });

  it("refuses paths that leave the workspace folder", () => {
    assert.throws(() => newStore().reviewPathOf(join(temp.dir, "..", "elsewhere.txt")), (e: unknown) => e instanceof ReviewFileError && e.problem === "outside-root");
    assert.throws(() => newStore({ reviewDir: "../reviews" }).reviewPathOf(textPath), (e: unknown) => e instanceof ReviewFileError && e.problem === "outside-root");
  });

  it("reports corrupt JSON and leaves the file as it is", () => checkRejected('{"items": [', "corrupt", /not valid JSON/));
  it("reports a foreign JSON file and leaves it as it is", () => checkRejected('{"name": "some-package", "version": "1.0.0"}\n', "invalid", /@context/));
  it("reports a newer schema version and leaves the file as it is", () => checkRejected(JSON.stringify({ ...createEmptyCollection("article.txt"), schemaVersion: 2, future: true }), "newer-version", /schemaVersion 2/));
  it("reports an annotation whose tag is unknown", () => {
    const bad = makeAnnotation(ARTICLE, POWER) as unknown as { body: { value: string }[] };
    bad.body[0].value = "maybe";
    return checkRejected(JSON.stringify({ ...createEmptyCollection("article.txt"), items: [bad] }), "invalid", /items\.0\.body/);
  });

  it("refuses to replace a read-only review file and loses nothing", async () => {
    const store = newStore();
    await store.setTag(textPath, { documentText: ARTICLE, span: spanOf(POWER), tag: "verified" });
    const before = readFileSync(reviewPath, "utf8");
    chmodSync(reviewPath, 0o444);
    await assert.rejects(store.setTag(textPath, { documentText: ARTICLE, span: spanOf(ROUTER), tag: "disputed" }), (e: unknown) => e instanceof ReviewFileError && e.problem === "read-only" && /read-only/.test(e.message));
    assert.equal(readFileSync(reviewPath, "utf8"), before);
    assert.equal(store.listTags(textPath, ARTICLE).anchored.length, 1, "the store still shows the saved tag");
  });

  it("ignores a temp file left by a crash before the rename, then cleans it up", async () => {
    const old = { ...createEmptyCollection("article.txt"), items: [makeAnnotation(ARTICLE, POWER, "disputed")] };
    writeFileSync(reviewPath, formatReviewFile(old));
    const leftover = join(temp.dir, ".article.txt.review.json.0b1c2d3e-0000-4000-8000-000000000000.tmp");
    writeFileSync(leftover, '{"half": "written');
    const store = newStore();
    assert.deepEqual(store.load(textPath).items, old.items);
    await store.setTag(textPath, { documentText: ARTICLE, span: spanOf(ROUTER), tag: "verified" });
    assert.deepEqual(store.load(textPath).items.map(readTag), ["disputed", "verified"]);
    assert.deepEqual(readdirSync(temp.dir).filter((n) => n.endsWith(".tmp") || n.endsWith(".lock")), []);
  });

  it("breaks a lock left by a dead process and waits for a live one", async () => {
    writeFileSync(`${reviewPath}.lock`, `999999@${(await import("node:os")).hostname()} stale`);
    await newStore().setTag(textPath, { documentText: ARTICLE, span: spanOf(POWER), tag: "verified" });
    const before = readFileSync(reviewPath, "utf8");
    writeFileSync(`${reviewPath}.lock`, `${process.pid}@${(await import("node:os")).hostname()} busy`);
    await assert.rejects(newStore({ lock: { timeoutMs: 150 } }).setTag(textPath, { documentText: ARTICLE, span: spanOf(ROUTER), tag: "verified" }), (e: unknown) => e instanceof ReviewFileError && e.problem === "locked");
    assert.equal(readFileSync(reviewPath, "utf8"), before);
  });

  it("notices changes made by another program and merges instead of overwriting them", async () => {
    const mine = newStore(), theirs = newStore();
    await mine.setTag(textPath, { documentText: ARTICLE, span: spanOf(POWER), tag: "verified" });
    assert.equal(mine.reload(textPath).changed, false);
    await theirs.setTag(textPath, { documentText: ARTICLE, span: spanOf(ROUTER), tag: "disputed" });
    const reloaded = mine.reload(textPath);
    assert.equal(reloaded.changed, true);
    assert.equal(reloaded.collection.items.length, 2);
    assert.equal(mine.reload(textPath).changed, false);
  });

  it("re-reads the disk copy before writing, so a stale cache does not drop tags", async () => {
    const mine = newStore(), theirs = newStore();
    mine.load(textPath); // cache the empty review
    await theirs.setTag(textPath, { documentText: ARTICLE, span: spanOf(ROUTER), tag: "disputed" });
    await mine.setTag(textPath, { documentText: ARTICLE, span: spanOf(POWER), tag: "verified" });
    assert.deepEqual(newStore().load(textPath).items.map(readTag).sort(), ["disputed", "verified"]);
  });
});
