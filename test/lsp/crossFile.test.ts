// Across files through the real server: the same post in two layouts is marked as a duplicate
// (hint + code lens), a tag on one copy is offered on the other, and a figure stated with a
// different value elsewhere gets a warning pointing at both places.
import { strict as assert } from "node:assert";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import { FEED_EXPORT } from "../fixtures/feedExport";
import { createWorkspace, indexingDone, openDocument, startServer, type Harness, type Workspace } from "./lspHarness";

// The first post of FEED_EXPORT again, as a markdown scrape: heading, reflowed bullets, no footer.
const MARKDOWN_COPY = [
  "# Harbour buoys learn to forecast fog",
  "",
  "Coastal towns lose hours of ferry service to sudden fog every winter.",
  "",
  "- Our new buoy network cuts false fog alarms by 38% compared with radar-only systems.",
  "- It reports every 15 seconds over a 400 Gbit/s",
  "  backbone.",
  "",
  "## Results at a glance",
  "",
  "The model outperforms the previous regional forecast on all 12 harbours we tested.",
  "",
  "We hope to extend the network next year.",
  "",
].join("\n");

const CLUSTER_A = "Kestrel cluster notes\n\nThe Kestrel supercomputer links 9,400 GPUs with a fast optical fabric, and its operators publish power data every week.\n";
const CLUSTER_B = "Kestrel upgrade recap\n\nAfter the upgrade, engineers say the Kestrel supercomputer links 12,000 GPUs in total across two halls of the site.\n";
const CLAIM = "Our new buoy network cuts false fog alarms by 38% compared with radar-only systems.";

describe("across files over stdio", () => {
  let ws: Workspace, h: Harness;
  const uri = (name: string) => ws.uri(`corpus/${name}`);

  before(async () => {
    ws = createWorkspace({ "corpus/feed.txt": FEED_EXPORT, "corpus/copy.txt": MARKDOWN_COPY, "corpus/cluster-a.txt": CLUSTER_A, "corpus/cluster-b.txt": CLUSTER_B });
    h = await startServer(ws.root);
    await indexingDone(h);
    openDocument(h, uri("feed.txt"), FEED_EXPORT);
    openDocument(h, uri("copy.txt"), MARKDOWN_COPY);
    openDocument(h, uri("cluster-a.txt"), CLUSTER_A);
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  it("marks the same post in two layouts as a duplicate, with a code lens to the copy", async () => {
    const p = await h.diagnostics(uri("copy.txt"), (d) => d.diagnostics.some((x) => x.code === "article.duplicate"));
    const hint = p.diagnostics.find((x) => x.code === "article.duplicate")!;
    assert.equal(hint.severity, 4);
    assert.match(hint.message, /feed\.txt:1/);
    const lenses = await h.connection.sendRequest<{ command?: { title: string } }[]>("textDocument/codeLens", { textDocument: { uri: uri("copy.txt") } });
    assert.ok(lenses.some((l) => l.command?.title === "also in corpus/feed.txt:1"), JSON.stringify(lenses.map((l) => l.command?.title)));
    const feed = await h.diagnostics(uri("feed.txt"), (d) => d.diagnostics.some((x) => x.code === "article.duplicate"));
    assert.equal(feed.diagnostics.filter((x) => x.code === "article.duplicate").length, 1, "only the first post of the feed has a copy");
  });

  it("offers the tag given in one copy on the same sentence in the other", async () => {
    const feedDiagnostics = await h.diagnostics(uri("feed.txt"), (d) => d.diagnostics.some((x) => x.code === "claim.unreviewed" && x.message.includes("comparison")));
    const target = feedDiagnostics.diagnostics.find((d) => d.code === "claim.unreviewed" && FEED_EXPORT.split("\n")[d.range.start.line].includes("false fog alarms"))!;
    const actions = await h.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: uri("feed.txt") }, range: target.range, context: { diagnostics: [target] } });
    const dispute = actions.find((a) => a.title === "Mark claim as disputed")!;
    await h.connection.sendRequest("workspace/executeCommand", { command: dispute.command!.command, arguments: dispute.command!.arguments });

    const copy = await h.diagnostics(uri("copy.txt"), (d) => d.diagnostics.some((x) => /tagged disputed in a copy/.test(x.message)));
    const claim = copy.diagnostics.find((x) => /tagged disputed in a copy/.test(x.message))!;
    assert.ok(MARKDOWN_COPY.split("\n")[claim.range.start.line].includes(CLAIM));
    const offered = await h.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: uri("copy.txt") }, range: claim.range, context: { diagnostics: [claim] } });
    const apply = offered.find((a) => a.title.startsWith('Apply "disputed" from a copy'));
    assert.ok(apply, offered.map((a) => a.title).join(", "));
    assert.equal(apply.isPreferred, true);
    await h.connection.sendRequest("workspace/executeCommand", { command: apply.command!.command, arguments: apply.command!.arguments });
    const after = await h.diagnostics(uri("copy.txt"), (d) => d.diagnostics.some((x: Diagnostic) => x.code === "claim.disputed"));
    assert.equal(after.diagnostics.find((x) => x.code === "claim.disputed")!.severity, 2);
  });

  it("warns about a figure stated with another value elsewhere, pointing at both places", async () => {
    const p = await h.diagnostics(uri("cluster-a.txt"), (d) => d.diagnostics.some((x) => x.code === "figure.conflict"));
    const warning = p.diagnostics.find((x) => x.code === "figure.conflict")!;
    assert.equal(warning.severity, 2);
    assert.match(warning.message, /9,400 GPUs/);
    assert.ok(warning.relatedInformation?.some((r) => r.location.uri === uri("cluster-b.txt")), JSON.stringify(warning.relatedInformation));
  });
});

describe("a post copied many times", () => {
  let ws: Workspace, h: Harness;
  const COPIES = 9;
  before(async () => {
    const files: Record<string, string> = { "corpus/feed.txt": FEED_EXPORT };
    for (let i = 1; i <= COPIES; i++) files[`corpus/copy-${i}.txt`] = MARKDOWN_COPY;
    ws = createWorkspace(files);
    h = await startServer(ws.root);
    await indexingDone(h);
    openDocument(h, ws.uri("corpus/feed.txt"), FEED_EXPORT);
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  it("lists a few copies as related places and counts the rest in the message", async () => {
    const p = await h.diagnostics(ws.uri("corpus/feed.txt"), (d) => d.diagnostics.some((x) => x.code === "article.duplicate"));
    const hint = p.diagnostics.find((x) => x.code === "article.duplicate")!;
    assert.equal(hint.relatedInformation?.length, 5, JSON.stringify(hint.relatedInformation));
    assert.match(hint.message, new RegExp(`and ${COPIES - 3} more$`));
  });
});
