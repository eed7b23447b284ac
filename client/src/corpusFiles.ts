// Decides which text files are corpus files: those matching seedReview.include (minus
// seedReview.exclude), plus files the user marked with "Treat Current File as Corpus File",
// remembered per workspace. Only those switch to the seed-corpus language.
import * as vscode from "vscode";

export const LANGUAGE_ID = "seed-corpus";
const MARKED_KEY = "seedReview.markedCorpusFiles";
const UNMARKED_KEY = "seedReview.unmarkedCorpusFiles";

export class CorpusFiles implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly state: vscode.Memento) {
    this.disposables.push(vscode.workspace.onDidOpenTextDocument((doc) => void this.assign(doc)));
    for (const doc of vscode.workspace.textDocuments) void this.assign(doc);
  }

  isCorpusFile(doc: vscode.TextDocument): boolean {
    const uri = doc.uri.toString();
    if (this.list(UNMARKED_KEY).includes(uri)) return false;
    if (this.list(MARKED_KEY).includes(uri)) return true;
    const config = vscode.workspace.getConfiguration("seedReview", doc.uri);
    const include = config.get<string[]>("include", []);
    const exclude = config.get<string[]>("exclude", []);
    const matches = (pattern: string) => vscode.languages.match({ pattern }, doc) > 0;
    return include.some(matches) && !exclude.some(matches);
  }

  async assign(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId === "plaintext" && doc.uri.scheme === "file" && this.isCorpusFile(doc)) {
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }
  }

  async mark(doc: vscode.TextDocument): Promise<void> {
    const uri = doc.uri.toString();
    await this.state.update(UNMARKED_KEY, this.list(UNMARKED_KEY).filter((u) => u !== uri));
    await this.state.update(MARKED_KEY, [...new Set([...this.list(MARKED_KEY), uri])]);
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  }

  async unmark(doc: vscode.TextDocument): Promise<void> {
    const uri = doc.uri.toString();
    await this.state.update(MARKED_KEY, this.list(MARKED_KEY).filter((u) => u !== uri));
    await this.state.update(UNMARKED_KEY, [...new Set([...this.list(UNMARKED_KEY), uri])]);
    await vscode.languages.setTextDocumentLanguage(doc, "plaintext");
  }

  private list(key: string): string[] {
    return this.state.get<string[]>(key, []);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
