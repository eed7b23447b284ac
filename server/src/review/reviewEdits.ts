// Pure edits of a review collection. The store applies them to the copy it has just re-read
// under the lock, so an edit changes one annotation (found by id or by span) and keeps every
// other annotation another process may have written meanwhile.
import type { Span } from "../core/model";
import { anchorAnnotations, buildQuoteSelector } from "./anchoring";
import { MOTIVATION_OF_TAG, readNote, type Annotation, type ReviewCollection, type Tag } from "./reviewSchema";

export interface TagRequest {
  /** Current text of the document (the editor's copy may differ from the disk). */
  documentText: string;
  span: Span;
  tag: Tag;
  /** Undefined keeps an existing note; "" removes it. */
  note?: string;
  creator?: string;
}

/** Fresh values the caller supplies so these functions stay deterministic. */
export interface EditStamp { id: string; now: string }

/** Sets the tag of the claim at `span`, updating the annotation already anchored there if any. */
export function upsertTag(collection: ReviewCollection, request: TagRequest, stamp: EditStamp): { collection: ReviewCollection; annotation: Annotation } {
  const existing = findAnnotationAt(collection, request.documentText, request.span);
  const note = request.note ?? (existing ? readNote(existing) : "");
  const annotation: Annotation = {
    ...(existing ?? {}),
    id: existing?.id ?? stamp.id,
    type: "Annotation",
    motivation: MOTIVATION_OF_TAG[request.tag],
    body: buildBody(request.tag, note),
    target: {
      ...(existing?.target ?? {}),
      source: collection.source,
      selector: [buildQuoteSelector(request.documentText, request.span), { type: "TextPositionSelector", start: request.span.start, end: request.span.end }],
    },
    ...(request.creator ? { creator: { type: "Person", name: request.creator } } : {}),
    created: existing?.created ?? stamp.now,
    modified: stamp.now,
  };
  return { collection: replaceItem(collection, annotation), annotation };
}

/** One change of a batch: a tag (or null to clear the tag) for the claim at `span`. */
export interface SpanChange { span: Span; tag: Tag | null; note?: string }

/** Applies a batch of changes in order (one write for a "tag all claims in this article" action). */
export function applySpanChanges(collection: ReviewCollection, documentText: string, changes: readonly SpanChange[], creator: string | undefined, nextStamp: () => EditStamp): ReviewCollection {
  let current = collection;
  for (const change of changes) {
    if (change.tag) {
      current = upsertTag(current, { documentText, span: change.span, tag: change.tag, note: change.note, creator }, nextStamp()).collection;
    } else {
      const existing = findAnnotationAt(current, documentText, change.span);
      if (existing) current = removeAnnotation(current, existing.id).collection;
    }
  }
  return current;
}

export function removeAnnotation(collection: ReviewCollection, id: string): { collection: ReviewCollection; removed: boolean } {
  const items = collection.items.filter((a) => a.id !== id);
  if (items.length === collection.items.length) return { collection, removed: false };
  return { collection: { ...collection, items }, removed: true };
}

/** Changes the note of annotation `id`; null when no such annotation exists. */
export function changeNote(collection: ReviewCollection, id: string, note: string, now: string): { collection: ReviewCollection; annotation: Annotation } | null {
  const old = collection.items.find((a) => a.id === id);
  if (!old) return null;
  const tag = old.body.find((b) => b.purpose === "tagging")!.value as Tag;
  const annotation: Annotation = { ...old, body: buildBody(tag, note), modified: now };
  return { collection: replaceItem(collection, annotation), annotation };
}

/**
 * The annotation that already tags the claim at `span`: one anchored to a span overlapping at least
 * half of the shorter of the two, so a claim whose boundaries moved a little keeps its one tag.
 */
export function findAnnotationAt(collection: ReviewCollection, documentText: string, span: Span): Annotation | undefined {
  let best: { annotation: Annotation; overlap: number } | undefined;
  for (const { annotation, span: at } of anchorAnnotations(documentText, collection.items).anchored) {
    const overlap = Math.min(at.end, span.end) - Math.max(at.start, span.start);
    const shorter = Math.max(1, Math.min(at.end - at.start, span.end - span.start));
    if (overlap * 2 >= shorter && overlap > 0 && (!best || overlap > best.overlap)) best = { annotation, overlap };
  }
  return best?.annotation;
}

function buildBody(tag: Tag, note: string): Annotation["body"] {
  const body: Annotation["body"] = [{ type: "TextualBody", purpose: "tagging", value: tag }];
  if (note.trim()) body.push({ type: "TextualBody", purpose: "commenting", value: note });
  return body;
}

function replaceItem(collection: ReviewCollection, annotation: Annotation): ReviewCollection {
  const at = collection.items.findIndex((a) => a.id === annotation.id);
  const items = at < 0 ? [...collection.items, annotation] : collection.items.map((a, i) => (i === at ? annotation : a));
  return { ...collection, items };
}
