// Status bar item: review progress of the active corpus file ("Review 4/9 · 1 disputed").
import * as vscode from "vscode";

export interface FileProgress { uri: string; claims: number; reviewed: number; disputed: number; orphans: number }

export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("seedReview.progress", vscode.StatusBarAlignment.Right, 100);
  private readonly progress = new Map<string, FileProgress>();
  private readonly subscription = vscode.window.onDidChangeActiveTextEditor(() => this.render());

  constructor() {
    this.item.name = "Seed Review progress";
    this.item.command = "seedReview.nextUnreviewedClaim";
  }

  update(p: FileProgress): void {
    this.progress.set(p.uri, p);
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const p = uri ? this.progress.get(uri) : undefined;
    if (!p) { this.item.hide(); return; }
    const extra = [p.disputed ? `${p.disputed} disputed` : "", p.orphans ? `${p.orphans} orphaned` : ""].filter(Boolean).join(" · ");
    this.item.text = `$(checklist) ${p.reviewed}/${p.claims}${extra ? ` · ${extra}` : ""}`;
    this.item.tooltip = `Seed Review: ${p.reviewed} of ${p.claims} claims reviewed in this file. Click for the next unreviewed claim.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.subscription.dispose();
  }
}
