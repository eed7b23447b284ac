// The one error the review store throws: it names the review file and says what is wrong,
// so the CLI and the language server can show it as is.
export type ReviewFileProblem = "corrupt" | "invalid" | "newer-version" | "read-only" | "locked" | "outside-root" | "io";

export class ReviewFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: ReviewFileProblem,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = "ReviewFileError";
  }
}
