// Cross-file matching through the real server never holds up typing: a long file is matched in
// steps between other messages, an edit arriving meanwhile is published before the matching
// ends (it stops the run), and the run resumes once edits settle and completes.
import { strict as assert } from "node:assert";
import { createWorkspace, openDocument, startServer, type Harness, type Workspace } from "./lspHarness";
import { writeLongFeed } from "./longFeed";

interface LogMessage { message: string }
const isLog = (pattern: RegExp) => (p: unknown) => pattern.test((p as LogMessage).message ?? "");
const MATCHING = /matching articles and figures across files/;
const MATCHED = /matched across files in/;

describe("cross-file matching in the background", function () {
  this.timeout(90_000);
  // About 16 steps of matching: long enough for an edit to arrive in the middle of it.
  const { text, posts } = writeLongFeed(2_000_000);
  let ws: Workspace, h: Harness;

  before(async () => {
    ws = createWorkspace({ "corpus/long.txt": text, "corpus/copy.txt": posts[posts.length >> 1] });
    h = await startServer(ws.root);
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  it("publishes an edit made while matching runs before the matching ends, then completes it", async () => {
    const uri = ws.uri("corpus/long.txt");
    openDocument(h, uri, text, 1);
    await h.notification("window/logMessage", isLog(MATCHING));
    // The run is between two steps now: type at the end of the first post's lead sentence.
    const seen = new Set(h.notifications.map((n) => n.params));
    const events: string[] = [];
    const at = { line: 2, character: text.split("\n")[2].length };
    h.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: " It grew by 12% in a year." }] });
    await Promise.all([
      h.diagnostics(uri, (p) => p.version === 2).then(() => events.push("edit published")),
      h.notification("window/logMessage", (p) => !seen.has(p) && isLog(MATCHED)(p)).then(() => events.push("matched")),
    ]);
    assert.deepEqual(events, ["edit published", "matched"]);

    // The matching went on from where the edit stopped it and found the copy of a post.
    const copy = ws.uri("corpus/copy.txt");
    openDocument(h, copy, posts[posts.length >> 1], 1);
    const p = await h.diagnostics(copy, (d) => d.diagnostics.some((x) => x.code === "article.duplicate"));
    assert.match(p.diagnostics.find((x) => x.code === "article.duplicate")!.message, /long\.txt/);
  });
});
