// W3C Web Annotation export: one AnnotationCollection holding every file's tags, each target
// naming the file as given and carrying the re-anchored position. Unreviewed claims are not
// annotations, so they are left out here (the other formats list them); orphans keep old selectors.
import type { Annotation } from "../reviewSchema";
import { ANNO_CONTEXT, GENERATOR } from "../reviewSchema";
import { buildQuoteSelector } from "../anchoring";
import type { FileReview } from "./reviewRows";

export function formatW3cCollection(reviews: readonly FileReview[]): string {
  const items: Annotation[] = [];
  for (const review of reviews) {
    for (const { annotation, span } of review.tags.anchored) {
      items.push(retarget(annotation, review.file, [buildQuoteSelector(review.text, span), { type: "TextPositionSelector", start: span.start, end: span.end }]));
    }
    for (const annotation of review.tags.orphans) items.push(retarget(annotation, review.file, annotation.target.selector));
  }
  const collection = { "@context": ANNO_CONTEXT, type: "AnnotationCollection", generator: GENERATOR, total: items.length, items };
  return JSON.stringify(collection, null, 2) + "\n";
}

function retarget(annotation: Annotation, file: string, selector: Annotation["target"]["selector"]): Annotation {
  return { ...annotation, target: { ...annotation.target, source: file.split("\\").join("/"), selector } };
}
