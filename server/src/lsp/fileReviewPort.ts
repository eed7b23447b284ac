// Placeholder review port until the review store lands: no tags, writes refused.
import type { ReviewPort } from "./reviewPort";
import { EMPTY_REVIEW } from "./reviewView";

export function createFileReviewPort(): ReviewPort {
  return {
    view: () => EMPTY_REVIEW,
    apply: async () => "review store not available",
    invalidate: () => undefined,
    reviewPathOf: () => null,
  };
}
