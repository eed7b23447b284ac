// `seed-review review export …`: placeholder until the review store lands.
import type { ReviewCommand } from "./args";

export function runReviewCommand(_cmd: ReviewCommand): number {
  process.stderr.write("seed-review: review export is not available yet\n");
  return 1;
}
