// The Figures view: every figure in the workspace (value, unit, dimension, file, article),
// filterable by unit, dimension or text, with CSV export. Data comes from the server's index.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

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
    toCsvCell(r.file), r.range.start.line + 1, toCsvCell(r.text, false), toCsvCell(r.value), toCsvCell(r.unit), toCsvCell(r.dimension), toCsvCell(r.article),
  ].join(","))].join("\n");
}

/**
 * RFC 4180 quoting; scraped text that starts like a formula (= + - @) gets a leading apostrophe so
 * a spreadsheet keeps it as text (CSV injection). A figure's own text ("-5%") is safe as it is.
 */
function toCsvCell(value: string | number | null, guard = true): string {
  let s = value === null ? "" : String(value);
  if (guard && typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
