// workspace/executeCommand: tag, note, clear and bulk-tag commands. Arguments are validated
// with zod; a claim whose text changed since the action was offered is re-found by its text.
import { ErrorCodes, LSPErrorCodes, ResponseError, type TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { z } from "zod";
import type { Span } from "../core/model";
import type { DocumentState } from "./analysisCache";
import { SERVER_COMMANDS } from "./commandNames";
import type { ReviewPort, TagChange } from "./reviewPort";
import { tagOfClaim } from "./reviewView";
import type { Settings } from "./settings";

const tag = z.enum(["verified", "disputed", "needs-source", "not-a-claim"]);
const claimTarget = z.object({ uri: z.string(), start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() });
const schemas = {
  [SERVER_COMMANDS.tagClaim]: claimTarget.extend({ tag, note: z.string().optional() }),
  [SERVER_COMMANDS.clearTag]: claimTarget,
  [SERVER_COMMANDS.setNote]: claimTarget.extend({ note: z.string() }),
  [SERVER_COMMANDS.tagArticle]: z.object({ uri: z.string(), article: z.number().int().min(0), tag }),
  [SERVER_COMMANDS.exportReview]: z.object({ uri: z.string(), format: z.enum(["md", "csv", "w3c", "sarif"]) }),
};

export interface CommandContext {
  documents: TextDocuments<TextDocument>;
  stateOf: (uri: string) => DocumentState;
  review: ReviewPort;
  settings: Settings;
}

export async function runServerCommand(command: string, args: unknown[], ctx: CommandContext): Promise<{ value: unknown; touched: string[] }> {
  const schema = schemas[command as keyof typeof schemas];
  if (!schema) throw new ResponseError(ErrorCodes.MethodNotFound, `Seed Review: unknown command ${command}`);
  const parsed = schema.safeParse(args[0]);
  if (!parsed.success) throw new ResponseError(ErrorCodes.InvalidParams, `Seed Review: ${command}: ${parsed.error.issues[0].path.join(".")} ${parsed.error.issues[0].message}`);
  const input = parsed.data as Record<string, unknown> & { uri: string };
  const doc = ctx.documents.get(input.uri);
  if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `Seed Review: ${input.uri} is not open`);
  const text = doc.getText();
  if (command === SERVER_COMMANDS.exportReview) {
    const format = (input as unknown as { format: "md" | "csv" | "w3c" | "sarif" }).format;
    return { value: ctx.review.exportReview(input.uri, text, ctx.stateOf(input.uri).analysis, format), touched: [] };
  }
  const changes = changesFor(command, input, text, ctx);
  const error = await ctx.review.apply(input.uri, changes);
  if (error) throw new ResponseError(ErrorCodes.InternalError, error);
  return { value: { changed: changes.length }, touched: [input.uri] };
}

function changesFor(command: string, input: Record<string, unknown> & { uri: string }, text: string, ctx: CommandContext): TagChange[] {
  if (command === SERVER_COMMANDS.tagArticle) {
    const state = ctx.stateOf(input.uri);
    const view = ctx.review.view(input.uri, text);
    return state.analysis.claims
      .filter((c) => c.article === input.article && !tagOfClaim(view, c.span))
      .map((c) => ({ uri: input.uri, text, span: c.span, tag: input.tag as TagChange["tag"] }));
  }
  const span = locateClaim(text, input as unknown as { start: number; end: number; text: string });
  if (command === SERVER_COMMANDS.clearTag) return [{ uri: input.uri, text, span, tag: null }];
  if (command === SERVER_COMMANDS.setNote) {
    const current = tagOfClaim(ctx.review.view(input.uri, text), span);
    return [{ uri: input.uri, text, span, tag: current?.tag ?? "needs-source", note: input.note as string }];
  }
  return [{ uri: input.uri, text, span, tag: input.tag as TagChange["tag"], note: input.note as string | undefined }];
}

/** The claim's span now: where it was if the text still matches, else the nearest copy of its text. */
function locateClaim(text: string, target: { start: number; end: number; text: string }): Span {
  if (text.slice(target.start, target.end) === target.text) return { start: target.start, end: target.end };
  let best = -1;
  for (let at = text.indexOf(target.text); at >= 0; at = text.indexOf(target.text, at + 1)) {
    if (best < 0 || Math.abs(at - target.start) < Math.abs(best - target.start)) best = at;
  }
  if (best < 0) throw new ResponseError(LSPErrorCodes.ContentModified, "Seed Review: the claim's text changed; try again");
  return { start: best, end: best + target.text.length };
}
