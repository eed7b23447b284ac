// Next / previous unreviewed claim in the active editor, asked of the server: it knows every
// claim, while the published diagnostics of a large file are capped to those around the reader.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

interface WireRange { start: { line: number; character: number }; end: { line: number; character: number } }

/** `from` (a code lens's argument) starts the search at an article's first line. */
export async function revealUnreviewedClaim(client: LanguageClient, direction: 1 | -1, from?: { uri: string; line: number }): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const uri = editor.document.uri.toString();
  const start = from && from.uri === uri ? new vscode.Position(Math.max(0, from.line), 0) : editor.selection.active;
  let found: WireRange | null;
  try {
    found = await client.sendRequest<WireRange | null>("seedReview/unreviewedClaim", {
      uri, position: { line: start.line, character: start.character }, direction, inclusive: from !== undefined,
    });
  } catch (e) {
    void vscode.window.showWarningMessage(`Seed Review: cannot look for claims here (${(e as Error).message ?? e}).`);
    return;
  }
  if (!found) {
    void vscode.window.showInformationMessage("Seed Review: no unreviewed claims in this file.");
    return;
  }
  const range = new vscode.Range(found.start.line, found.start.character, found.end.line, found.end.character);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
