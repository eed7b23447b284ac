// Extension-host tests through the vscode API: the packaged behaviour a user relies on (language
// mode by include pattern, symbols per article, figure hovers, claim diagnostics and the
// "Mark claim as verified" quick fix writing the review file). Workspace: test/e2e/fixtures.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";

const extensionId = "seed-review.seed-review";
const articleTitles = [
  "Lattice Fabric Brings Faster Training to Small Labs",
  "Counting Marsh Birds with Low-Power Recorders",
  "A Quieter Cooling Loop for Edge Servers",
];

function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the suite must be launched on the fixture workspace");
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Re-evaluates `probe` on every tick of a short poll until it returns a value (servers answer async). */
async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function positionOf(document: vscode.TextDocument, needle: string): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `fixture lacks ${needle}`);
  return document.positionAt(offset);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : c.value))
    .join("\n");
}

async function openCorpusFile(): Promise<vscode.TextDocument> {
  const uri = workspaceUri("corpus/feed-export.txt");
  await vscode.window.showTextDocument(uri);
  // The client switches matching .txt files to seed-corpus after they open.
  return waitFor("corpus file in seed-corpus", () => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc?.languageId === "seed-corpus" ? doc : undefined;
  });
}

describe("Seed Review in the extension host", () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not loaded`);
    await extension.activate();
  });

  it("puts corpus files into seed-corpus and leaves other .txt files as plaintext", async () => {
    const corpus = await openCorpusFile();
    assert.equal(corpus.languageId, "seed-corpus");
    const notes = await vscode.workspace.openTextDocument(workspaceUri("notes/meeting-notes.txt"));
    await vscode.window.showTextDocument(notes);
    // Once the corpus file has diagnostics the server is up; the notes file must still have none.
    await waitFor("corpus diagnostics", () => (vscode.languages.getDiagnostics(corpus.uri).length ? true : undefined));
    assert.equal(notes.languageId, "plaintext");
    assert.deepEqual(vscode.languages.getDiagnostics(notes.uri), []);
  });

  it("lists one document symbol per article, in order", async () => {
    const doc = await openCorpusFile();
    const symbols = await waitFor("document symbols", async () => {
      const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", doc.uri);
      return result?.length ? result : undefined;
    });
    assert.deepEqual(symbols.map((s) => s.name), articleTitles);
    assert.equal(symbols[1].selectionRange.start.line, positionOf(doc, articleTitles[1]).line);
  });

  it("shows the parsed value and unit when hovering a figure", async () => {
    const doc = await openCorpusFile();
    const check = async (needle: string, expected: string[]) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, positionOf(doc, needle));
      const text = hoverText(hovers ?? []);
      for (const part of expected) assert.ok(text.includes(part), `hover on ${needle} lacks ${part}: ${text}`);
    };
    await check("400 Gbit/s", ["400", "Gbit/s"]);
    await check("$2.4 million", ["2,400,000"]);
  });

  it("flags a claim and clears it with Mark claim as verified, writing the review file", async () => {
    const doc = await openCorpusFile();
    const at = positionOf(doc, "most accurate bird-song model");
    const unreviewedHere = () =>
      vscode.languages
        .getDiagnostics(doc.uri)
        .find((d) => d.range.contains(at) && d.source === "seed-review" && String(typeof d.code === "object" ? d.code.value : d.code) === "claim.unreviewed");
    const diagnostic = await waitFor("claim.unreviewed diagnostic on the superlative claim", unreviewedHere);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      "vscode.executeCodeActionProvider", doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const verify = (actions ?? []).find((a) => a.title.includes("Mark claim as verified"));
    assert.ok(verify?.command, `no "Mark claim as verified" action in ${(actions ?? []).map((a) => a.title).join(", ")}`);
    await vscode.commands.executeCommand(verify.command.command, ...(verify.command.arguments ?? []));

    const reviewUri = workspaceUri("corpus/feed-export.txt.review.json");
    const review = await waitFor("review file", async () => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(reviewUri));
      } catch {
        return undefined;
      }
    });
    assert.ok(review.includes("verified"), `review file lacks the tag: ${review.slice(0, 300)}`);
    await waitFor("claim.unreviewed cleared", () => (unreviewedHere() ? undefined : true));
  });
});
