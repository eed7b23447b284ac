// The server finds what an edit changed from the didChange ranges, not by diffing the texts:
// after notifications carrying several changes each (ranges read against the text each change
// applies to), the diagnostics must be those a fresh server gives for the final text.
import { strict as assert } from "node:assert";
import { composeDocument, createRandom } from "../unit/incremental/layoutFixtures";
import { createWorkspace, openDocument, startServer, type Workspace } from "./lspHarness";

interface Change { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }

const INSERTS = ["x", " It grew by 18% in a year.", "\n", "The post A new title appeared first on Field Notes.\n", ""];

/** A random change of `text` (positions as an editor sends them) and the text it makes. */
function makeChange(text: string, random: () => number): { change: Change; text: string } {
  const lines = text.split("\n");
  const position = () => {
    const line = Math.floor(random() * lines.length);
    return { line, character: Math.floor(random() * (lines[line].length + 1)) };
  };
  // A range within a line, or reaching into the next one (deleting a line break).
  const start = position();
  const endLine = Math.min(lines.length - 1, start.line + (random() < 0.2 ? 1 : 0));
  const end = random() < 0.4 ? start : endLine > start.line
    ? { line: endLine, character: Math.floor(random() * (lines[endLine].length + 1)) }
    : { line: start.line, character: Math.min(lines[start.line].length, start.character + Math.floor(random() * 12)) };
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const insert = INSERTS[Math.floor(random() * INSERTS.length)];
  return { change: { range: { start, end }, text: insert }, text: text.slice(0, offset(start)) + insert + text.slice(offset(end)) };
}

describe("edits located from didChange ranges", function () {
  this.timeout(30_000);
  let ws: Workspace;
  before(() => { ws = createWorkspace({ "corpus/other.txt": "" }); });
  after(() => ws.remove());

  it("publishes for the final text what a fresh server publishes, after multi-change notifications", async () => {
    const random = createRandom(23);
    let text = composeDocument(4, "feed", 20);
    const uri = ws.uri("corpus/edited.txt");
    const h = await startServer(ws.root);
    let last;
    try {
      openDocument(h, uri, text, 1);
      await h.diagnostics(uri, (p) => p.version === 1);
      for (let version = 2; version < 14; version++) {
        const contentChanges: Change[] = [];
        for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
          const made = makeChange(text, random);
          contentChanges.push(made.change);
          text = made.text;
        }
        h.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges });
        // Every other version is awaited, so some analyses see the changes of two notifications.
        if (version % 2 === 1) last = await h.diagnostics(uri, (p) => p.version === version);
      }
    } finally {
      await h.stop();
    }
    const fresh = await startServer(ws.root);
    try {
      openDocument(fresh, uri, text, 13);
      const expected = await fresh.diagnostics(uri, (p) => p.version === 13);
      assert.ok(expected.diagnostics.length > 0, "the final text has diagnostics to compare");
      assert.deepStrictEqual(last?.diagnostics, expected.diagnostics);
    } finally {
      await fresh.stop();
    }
  });
});
