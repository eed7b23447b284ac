// Where the review file of a text lives: beside it (`<name>.txt.review.json`) or, with a review
// folder, at the same relative path under that folder. Neither may leave the workspace root.
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { ReviewFileError } from "./reviewFileError";

export const REVIEW_SUFFIX = ".review.json";

export interface ReviewLocation {
  /** Absolute path of the review file. */
  reviewPath: string;
  /** The text's path relative to the review file's folder, with "/" separators (the `source` field). */
  source: string;
}

export function locateReviewFile(workspaceRoot: string, textPath: string, reviewDir?: string): ReviewLocation {
  const root = resolve(workspaceRoot);
  const text = resolve(root, textPath);
  const textRelative = requireInside(root, text, textPath);
  const folder = reviewDir === undefined ? dirname(text) : join(resolve(root, reviewDir), dirname(textRelative));
  const reviewPath = join(folder, `${text.slice(dirname(text).length + 1)}${REVIEW_SUFFIX}`);
  requireInside(root, reviewPath, reviewPath);
  return { reviewPath, source: relative(folder, text).split(sep).join("/") };
}

/** The path relative to root; a ReviewFileError when it climbs out (`..`) or is on another drive. */
function requireInside(root: string, path: string, shown: string): string {
  const rel = relative(root, path);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new ReviewFileError(shown, "outside-root", `is outside the workspace folder ${root}; review files are kept inside it`);
  }
  return rel;
}
