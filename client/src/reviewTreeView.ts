// The Review view: file > article > claim with status icons; clicking a claim reveals it.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

interface TreeRange { start: { line: number; character: number }; end: { line: number; character: number } }
interface ClaimNode { kind: "claim"; uri: string; text: string; range: TreeRange; claimKind: string; tag: string | null; note?: string }
interface ArticleNode { kind: "article"; uri: string; title: string; range: TreeRange; claims: ClaimNode[] }
type Node = ArticleNode | ClaimNode;

const ICONS: Record<string, vscode.ThemeIcon> = {
  verified: new vscode.ThemeIcon("pass", new vscode.ThemeColor("testing.iconPassed")),
  disputed: new vscode.ThemeIcon("error", new vscode.ThemeColor("testing.iconFailed")),
  "needs-source": new vscode.ThemeIcon("question", new vscode.ThemeColor("editorWarning.foreground")),
  "not-a-claim": new vscode.ThemeIcon("circle-slash"),
  unreviewed: new vscode.ThemeIcon("circle-large-outline"),
};

export class ReviewTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === "article") return node.claims;
    if (node) return [];
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== "seed-corpus") return [];
    const uri = doc.uri.toString();
    const articles = await this.client.sendRequest<{ title: string; range: TreeRange; claims: { text: string; range: TreeRange; kind: string; tag: string | null; note?: string }[] }[]>("seedReview/reviewTree", { uri });
    return articles.map((a) => ({
      kind: "article", uri, title: a.title, range: a.range,
      claims: a.claims.map((c) => ({ kind: "claim", uri, text: c.text, range: c.range, claimKind: c.kind, tag: c.tag, note: c.note })),
    }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === "article") {
      const reviewed = node.claims.filter((c) => c.tag).length;
      const item = new vscode.TreeItem(node.title, node.claims.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = `${reviewed}/${node.claims.length} reviewed`;
      item.iconPath = new vscode.ThemeIcon("book");
      item.command = revealCommand(node.uri, node.range);
      return item;
    }
    const item = new vscode.TreeItem(node.text.length > 90 ? `${node.text.slice(0, 89)}…` : node.text);
    item.description = node.tag ? `${node.tag}${node.note ? ` — ${node.note}` : ""}` : node.claimKind;
    item.tooltip = new vscode.MarkdownString(`**${node.tag ?? "unreviewed"}** (${node.claimKind})\n\n${node.text}${node.note ? `\n\nNote: ${node.note}` : ""}`);
    item.iconPath = ICONS[node.tag ?? "unreviewed"];
    item.command = revealCommand(node.uri, node.range);
    return item;
  }
}

function revealCommand(uri: string, range: TreeRange): vscode.Command {
  const selection = new vscode.Range(range.start.line, range.start.character, range.start.line, range.start.character);
  return { title: "Reveal", command: "vscode.open", arguments: [vscode.Uri.parse(uri), { selection }] };
}
