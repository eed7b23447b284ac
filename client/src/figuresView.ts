// The Figures view: every figure in the workspace (value, unit, dimension, file, article),
// filterable by unit, dimension or text, with CSV export. Data comes from the server's index.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { formatTextCell, quoteCsvField } from "../../server/src/review/export/spreadsheetSafety";

export interface FigureRow { uri: string; file: string; article: string; text: string; value: number | null; unit: string | null; dimension: string; range: { start: { line: number; character: number } } }

export class FiguresTreeProvider implements vscode.TreeDataProvider<FigureRow> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter = "";

  constructor(private readonly client: LanguageClient) {}

  refresh(): void { this.changed.fire(); }

  async askFilter(): Promise<void> {
    const value = await vscode.window.showInputBox({ prompt: "Filter figures by unit, dimension or text (empty: all)", value: this.filter });
    if (value === undefined) return;
    this.filter = value;
    this.refresh();
  }

  rows(): Promise<FigureRow[]> {
    return this.client.sendRequest<FigureRow[]>("seedReview/figures", { filter: this.filter });
  }

  async getChildren(node?: FigureRow): Promise<FigureRow[]> {
    return node ? [] : (await this.rows()).slice(0, 5000);
  }

  getTreeItem(row: FigureRow): vscode.TreeItem {
    const item = new vscode.TreeItem(row.text);
    item.description = `${row.value ?? "?"} ${row.unit ?? ""} · ${row.dimension} · ${row.file}:${row.range.start.line + 1}`;
    item.tooltip = `${row.article}\n${row.file}:${row.range.start.line + 1}`;
    item.iconPath = new vscode.ThemeIcon("symbol-number");
    const at = new vscode.Position(row.range.start.line, row.range.start.character);
    item.command = { title: "Reveal", command: "vscode.open", arguments: [vscode.Uri.parse(row.uri), { selection: new vscode.Range(at, at) }] };
    return item;
  }
}

export function figuresToCsv(rows: FigureRow[]): string {
  return ["file,line,text,value,unit,dimension,article", ...rows.map((r) => [
    formatTextCell(r.file), r.range.start.line + 1, quoteCsvField(r.text), formatTextCell(r.value), formatTextCell(r.unit), formatTextCell(r.dimension), formatTextCell(r.article),
  ].join(","))].join("\n");
}
