// `seed-review review export --format md|csv|w3c|sarif [--review-dir DIR] PATHS…`: analyses each
// file, re-anchors its stored tags and prints the review; a bad review file exits 1 naming it.
import { dirname, parse, resolve, sep } from "node:path";
import { analyze } from "../core/analysis";
import { createTextModel } from "../core/document";
import { formatReview, ReviewFileError, ReviewStore, type FileReview } from "../review";
import type { ReviewCommand } from "./args";
import { expandPaths, readCorpusFile } from "./inputs";

export function runReviewCommand(cmd: ReviewCommand): number {
  const files = expandPaths(cmd.paths);
  const reviewDir = cmd.reviewDir === undefined ? undefined : resolve(cmd.reviewDir);
  // Exporting only reads, so the store's root is just the folder that holds every input.
  const root = findCommonFolder([process.cwd(), ...files.map((f) => dirname(resolve(f))), ...(reviewDir ? [reviewDir] : [])]);
  const store = new ReviewStore({ workspaceRoot: root, reviewDir });
  try {
    const reviews = files.map((file): FileReview => {
      const { text, warnings } = readCorpusFile(file);
      for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
      const doc = createTextModel(text);
      return { file, text, analysis: analyze(text), tags: store.listTags(resolve(file), text), rangeOf: doc.rangeOf };
    });
    process.stdout.write(formatReview(cmd.format, reviews));
    return 0;
  } catch (e) {
    if (e instanceof ReviewFileError) {
      process.stderr.write(`seed-review: review file ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function findCommonFolder(folders: string[]): string {
  const split = folders.map((f) => resolve(f).split(sep));
  const common: string[] = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0][i]); i++) common.push(split[0][i]);
  return common.length === 0 || (common.length === 1 && common[0] === "") ? parse(resolve(folders[0])).root : common.join(sep);
}
