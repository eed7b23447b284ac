// Hovers: a figure shows its parsed value, unit, dimension, qualifier, sentence, table headers
// and the other places in the workspace that state the same quantity; an article title shows
// the evidence for its boundary; a claim shows its kind, reasons and review state.
import type { Hover, Position } from "vscode-languageserver";
import type { Claim, Figure } from "../core/model";
import type { CopyTag } from "./copyTags";
import type { DocumentState } from "./analysisCache";
import { shorten } from "./shorten";
import { describeQuantity } from "./figureText";
import { tagOfClaim, type ReviewView } from "./reviewView";
import { containsInclusive, findAt } from "./spans";
import type { FigureLocation } from "./workspaceIndex";

export interface HoverContext {
  state: DocumentState;
  review: ReviewView;
  sameQuantity: (figure: Figure) => FigureLocation[];
  /** Places in other articles that state the figure's quantity with another value. */
  conflictsOf: (figureIndex: number) => { uri: string; label: string; line: number }[];
  copyTagsOf: (claim: Claim) => CopyTag[];
}

export function buildHover(ctx: HoverContext, position: Position): Hover | null {
  const { state } = ctx;
  const offset = state.model.offsetAt(position);
  const figure = findAt(state.analysis.figures, offset);
  if (figure) return { contents: { kind: "markdown", value: figureMarkdown(ctx, figure) }, range: figure.range };
  const article = state.analysis.articles.find((a) => a.titleSpan && containsInclusive(a.titleSpan, offset));
  if (article) return { contents: { kind: "markdown", value: `**Article:** ${article.title}\n\n${article.evidence}` }, range: article.titleRange ?? undefined };
  const claim = state.analysis.claims.find((c) => containsInclusive(c.span, offset));
  if (claim) {
    const tag = tagOfClaim(ctx.review, claim.span);
    const copies = tag ? [] : ctx.copyTagsOf(claim);
    const status = tag ? `**${tag.tag}**${tag.note ? ` — ${escapeMarkdown(tag.note)}` : ""}` : copies.length ? `unreviewed here; tagged **${copies[0].tag}** in a copy` : "unreviewed";
    return { contents: { kind: "markdown", value: `**Claim** (${claim.kind}, confidence ${claim.confidence.toFixed(2)}) · ${status}\n\nWhy: ${claim.reasons.join(", ")}` }, range: claim.range };
  }
  return null;
}

function figureMarkdown(ctx: HoverContext, figure: Figure): string {
  const lines = [`**${escapeMarkdown(figure.text)}** → ${escapeMarkdown(describeQuantity(figure))}`, ""];
  lines.push("| | |", "|---|---|");
  lines.push(`| value | ${figure.value ?? "—"}${figure.valueHigh !== undefined ? ` to ${figure.valueHigh}` : ""} |`);
  lines.push(`| unit | ${escapeMarkdown(figure.unit ?? "—")} (${figure.dimension}) |`);
  if (figure.qualifier) lines.push(`| qualifier | ${figure.qualifier} |`);
  if (figure.plusMinus !== undefined) lines.push(`| ± | ${figure.plusMinus} |`);
  if (figure.cell) {
    lines.push(`| row | ${escapeMarkdown(figure.cell.rowHeader || "—")} |`);
    lines.push(`| column | ${escapeMarkdown(figure.cell.columnHeader || "—")} |`);
  }
  const sentence = ctx.state.analysis.claims.find((c) => containsInclusive(c.span, figure.span.start))?.text ?? lineOf(ctx.state, figure);
  lines.push("", `> ${escapeMarkdown(shorten(sentence, 300))}`);
  const conflicts = ctx.conflictsOf(ctx.state.analysis.figures.indexOf(figure));
  if (conflicts.length) {
    lines.push("", `⚠ Stated differently in ${conflicts.length} other place${conflicts.length > 1 ? "s" : ""}:`);
    for (const c of conflicts.slice(0, 8)) lines.push(`- [${escapeMarkdown(c.label)}](${c.uri}#L${c.line + 1})`);
  }
  const others = ctx.sameQuantity(figure);
  if (others.length) {
    lines.push("", `Same quantity in ${others.length} other place${others.length > 1 ? "s" : ""}:`);
    for (const o of others.slice(0, 8)) lines.push(`- [${escapeMarkdown(o.label)}](${o.uri}#L${o.range.start.line + 1}): ${escapeMarkdown(o.text)}`);
  }
  return lines.join("\n");
}

function lineOf(state: DocumentState, figure: Figure): string {
  return state.model.lineText(figure.range.start.line).trim();
}


export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-!|<>])/g, "\\$1");
}
