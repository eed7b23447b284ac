// Guards for positions and ranges that arrive from a client: anything that is not a pair of
// non-negative integers is a malformed request (InvalidParams), never a guess.
import { ErrorCodes, ResponseError, type Position, type Range } from "vscode-languageserver";

const isIndex = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);

export function requirePosition(position: Position | undefined): Position {
  if (!position || !isIndex(position.line) || !isIndex(position.character)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `Seed Review: malformed position ${JSON.stringify(position)}`);
  }
  return position;
}

export function requireRange(range: Range | undefined): Range {
  if (!range) throw new ResponseError(ErrorCodes.InvalidParams, "Seed Review: missing range");
  return { start: requirePosition(range.start), end: requirePosition(range.end) };
}
