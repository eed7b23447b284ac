// Next / previous unreviewed claim in the active editor, from the server's diagnostics.
import * as vscode from "vscode";

/** `from` (a code lens's argument) starts the search at an article's first line. */
export async function revealUnreviewedClaim(direction: 1 | -1, from?: { uri: string; line: number }): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  if (from && from.uri === editor.document.uri.toString()) {
    const start = new vscode.Position(Math.max(0, from.line), 0);
    editor.selection = new vscode.Selection(start, start);
  }
  const claims = vscode.languages.getDiagnostics(editor.document.uri)
    .filter((d) => d.source === "seed-review" && codeOf(d) === "claim.unreviewed")
    .map((d) => d.range)
    .sort((a, b) => a.start.compareTo(b.start));
  if (!claims.length) {
    void vscode.window.showInformationMessage("Seed Review: no unreviewed claims in this file.");
    return;
  }
  const here = editor.selection.active;
  const next = direction === 1
    ? claims.find((r) => (from ? r.start.isAfterOrEqual(here) : r.start.isAfter(here))) ?? claims[0]
    : [...claims].reverse().find((r) => r.start.isBefore(here)) ?? claims[claims.length - 1];
  editor.selection = new vscode.Selection(next.start, next.end);
  editor.revealRange(next, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === "object" ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}
