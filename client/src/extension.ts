// Extension entry: starts the language client, assigns corpus files to the seed-corpus
// language, and wires the Review and Figures views and the status bar. Everything else
// (analysis, diagnostics, quick fixes, review files) lives in the server.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { registerCommands } from "./commands";
import { CorpusFiles } from "./corpusFiles";
import { FiguresTreeProvider } from "./figuresView";
import { createLanguageClient } from "./languageClient";
import { ReviewTreeProvider } from "./reviewTreeView";
import { ReviewStatusBar, type FileProgress } from "./statusBar";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const corpus = new CorpusFiles(context.workspaceState);
  client = createLanguageClient(context);
  const reviewTree = new ReviewTreeProvider(client);
  const figures = new FiguresTreeProvider(client);
  const statusBar = new ReviewStatusBar();
  context.subscriptions.push(
    corpus,
    statusBar,
    vscode.window.registerTreeDataProvider("seedReview.review", reviewTree),
    vscode.window.registerTreeDataProvider("seedReview.figures", figures),
    vscode.window.onDidChangeActiveTextEditor(() => reviewTree.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("seedReview.include") || e.affectsConfiguration("seedReview.exclude")) {
        for (const doc of vscode.workspace.textDocuments) void corpus.assign(doc);
      }
    }),
    ...registerCommands(client, corpus, reviewTree, figures),
    // Review files may be written once the user trusts the workspace: restart with trust.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );
  context.subscriptions.push(client.onNotification("seedReview/progress", (p: FileProgress) => {
    statusBar.update(p);
    reviewTree.refresh();
  }));
  await client.start();
  figures.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
