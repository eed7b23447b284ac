// Quick fixes on a claim (from its diagnostic, or on the sentence under the cursor): tag it,
// add or edit a note, clear the tag, or tag every unreviewed claim of the article. Each action
// carries everything its command needs, so nothing is re-analysed when it runs.
import { CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from "vscode-languageserver";
import type { Claim } from "../core/model";
import type { DocumentState } from "./analysisCache";
import { CLIENT_EDIT_NOTE, SERVER_COMMANDS } from "./commandNames";
import type { ReviewTag } from "./diagnosticRules";
import type { CopyTag } from "./copyTags";
import type { ClaimDiagnosticData } from "./diagnostics";
import { tagOfClaim, type ReviewView } from "./reviewView";

export interface ClaimTarget { uri: string; start: number; end: number; text: string }

const TAG_TITLES: [ReviewTag, string][] = [
  ["verified", "Mark claim as verified"],
  ["disputed", "Mark claim as disputed"],
  ["needs-source", "Mark claim as needs source"],
  ["not-a-claim", "Mark as not a claim"],
];

export function buildCodeActions(params: CodeActionParams, state: DocumentState, review: ReviewView, editNoteInClient: boolean, copyTagsOf: (claim: Claim) => CopyTag[] = () => []): CodeAction[] {
  const uri = params.textDocument.uri;
  const from = state.model.offsetAt(params.range.start), to = state.model.offsetAt(params.range.end);
  const claim = state.analysis.claims.find((c) => c.span.start <= to && from <= c.span.end);
  if (!claim) return [];
  const diagnostic = params.context.diagnostics.find((d) => isClaimDiagnostic(d) && (d.data as ClaimDiagnosticData).start === claim.span.start);
  const target: ClaimTarget = { uri, start: claim.span.start, end: claim.span.end, text: claim.text };
  const current = tagOfClaim(review, claim.span);
  const actions: CodeAction[] = [];
  // A tag already given to the same sentence in a copy of the article comes first.
  if (!current) {
    for (const copy of copyTagsOf(claim).slice(0, 2)) {
      actions.push(quickFix(`Apply "${copy.tag}" from a copy of this article (line ${copy.line + 1})`, SERVER_COMMANDS.tagClaim, [{ ...target, tag: copy.tag, note: copy.note }], diagnostic, actions.length === 0));
    }
  }
  const copyFirst = actions.length > 0;
  TAG_TITLES.forEach(([tag, title], i) => {
    if (current?.tag === tag) return;
    actions.push(quickFix(title, SERVER_COMMANDS.tagClaim, [{ ...target, tag }], diagnostic, i === 0 && !current && !copyFirst));
  });
  const noteTitle = current?.note ? "Edit review note…" : "Add review note…";
  actions.push(editNoteInClient
    ? quickFix(noteTitle, CLIENT_EDIT_NOTE, [{ ...target, note: current?.note ?? "" }], diagnostic)
    : quickFix(noteTitle, SERVER_COMMANDS.setNote, [{ ...target, note: current?.note ?? "" }], diagnostic));
  if (current) actions.push(quickFix("Clear review tag", SERVER_COMMANDS.clearTag, [target], diagnostic));
  actions.push(...articleActions(uri, state, claim, review));
  return actions;
}

function articleActions(uri: string, state: DocumentState, claim: Claim, review: ReviewView): CodeAction[] {
  if (claim.article < 0) return [];
  const unreviewed = state.analysis.claims.filter((c) => c.article === claim.article && !tagOfClaim(review, c.span)).length;
  if (unreviewed < 2) return [];
  return TAG_TITLES.slice(0, 3).map(([tag]) => ({
    title: `Mark all ${unreviewed} unreviewed claims in this article as ${tag.replace("-", " ")}`,
    kind: CodeActionKind.QuickFix,
    command: { title: tag, command: SERVER_COMMANDS.tagArticle, arguments: [{ uri, article: claim.article, tag, version: state.version }] },
  }));
}

function quickFix(title: string, command: string, args: unknown[], diagnostic: Diagnostic | undefined, isPreferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: diagnostic ? [diagnostic] : undefined,
    isPreferred: isPreferred || undefined,
    command: { title, command, arguments: args },
  };
}

function isClaimDiagnostic(d: Diagnostic): boolean {
  return typeof d.code === "string" && d.code.startsWith("claim.") && (d.data as ClaimDiagnosticData | undefined)?.kind === "claim";
}
