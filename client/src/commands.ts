// Client commands: corpus-file marking, claim navigation, notes, export, views, restart.
// Review changes themselves run in the server (workspace/executeCommand).
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { revealUnreviewedClaim } from "./claimNavigation";
import type { CorpusFiles } from "./corpusFiles";
import { figuresToCsv, type FiguresTreeProvider } from "./figuresView";
import type { ReviewTreeProvider } from "./reviewTreeView";

interface NoteTarget { uri: string; start: number; end: number; text: string; note?: string }

const EXPORT_FORMATS = [
  { label: "Markdown report", format: "md", language: "markdown" },
  { label: "CSV", format: "csv", language: "csv" },
  { label: "W3C Web Annotation JSON", format: "w3c", language: "json" },
  { label: "SARIF 2.1.0", format: "sarif", language: "json" },
];

export function registerCommands(client: LanguageClient, corpus: CorpusFiles, reviewTree: ReviewTreeProvider, figures: FiguresTreeProvider): vscode.Disposable[] {
  const activeDocument = () => vscode.window.activeTextEditor?.document;
  return [
    vscode.commands.registerCommand("seedReview.treatAsCorpus", async () => { const d = activeDocument(); if (d) await corpus.mark(d); }),
    vscode.commands.registerCommand("seedReview.stopTreatingAsCorpus", async () => { const d = activeDocument(); if (d) await corpus.unmark(d); }),
    vscode.commands.registerCommand("seedReview.nextUnreviewedClaim", (from?: { uri: string; line: number }) => revealUnreviewedClaim(client, 1, from)),
    vscode.commands.registerCommand("seedReview.previousUnreviewedClaim", () => revealUnreviewedClaim(client, -1)),
    vscode.commands.registerCommand("seedReview.editNote", async (target: NoteTarget) => {
      const note = await vscode.window.showInputBox({ prompt: "Review note for this claim", value: target.note ?? "", placeHolder: "e.g. source: table 2 of the paper" });
      if (note === undefined) return;
      await client.sendRequest("workspace/executeCommand", { command: "seedReview.setNote", arguments: [{ ...target, note }] });
    }),
    vscode.commands.registerCommand("seedReview.exportReview", async () => {
      const doc = activeDocument();
      if (!doc || doc.languageId !== "seed-corpus") { void vscode.window.showWarningMessage("Seed Review: open a corpus file to export its review."); return; }
      const pick = await vscode.window.showQuickPick(EXPORT_FORMATS, { placeHolder: "Export the review of this file as…" });
      if (!pick) return;
      const content = await client.sendRequest<string>("workspace/executeCommand", { command: "seedReview.server.exportReview", arguments: [{ uri: doc.uri.toString(), format: pick.format }] });
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content, language: pick.language }));
    }),
    vscode.commands.registerCommand("seedReview.refreshReviewView", () => reviewTree.refresh()),
    vscode.commands.registerCommand("seedReview.filterFigures", () => figures.askFilter()),
    vscode.commands.registerCommand("seedReview.exportFiguresCsv", async () => {
      const content = figuresToCsv(await figures.rows());
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content, language: "csv" }));
    }),
    vscode.commands.registerCommand("seedReview.restartServer", () => client.restart()),
    vscode.commands.registerCommand("seedReview.openLocation", async (at: { uri: string; line: number }) => {
      const position = new vscode.Position(at.line, 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(at.uri), { selection: new vscode.Range(position, position) });
    }),
  ];
}
