// The review store used by the language server and the CLI: loads a text's tags, re-anchors them
// to the current text, and changes them with a lock, a fresh re-read and an atomic write, so two
// programs tagging one file at once both keep their tags.
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { randomUUID } from "node:crypto";
import type { Span } from "../core/model";
import { anchorAnnotations, type AnchorResult } from "./anchoring";
import { removeLeftoverTempFiles, writeFileAtomic } from "./atomicWrite";
import { defaultLockOptions, withLock, type LockOptions } from "./lockFile";
import { ReviewFileError } from "./reviewFileError";
import { applySpanChanges, changeNote, removeAnnotation, upsertTag, type SpanChange, type TagRequest } from "./reviewEdits";
import { locateReviewFile } from "./reviewPaths";
import { createEmptyCollection, formatReviewFile, parseReviewFile, type Annotation, type ReviewCollection } from "./reviewSchema";

export interface ReviewStoreOptions {
  /** Review files (and the texts they belong to) must lie inside this folder. */
  workspaceRoot: string;
  /** Keep review files under this folder (relative to the root) instead of beside the texts. */
  reviewDir?: string;
  lock?: Partial<LockOptions>;
  /** For tests: the clock and the id source. */
  now?: () => Date;
  newId?: () => string;
}

/** What was on disk when the store last read or wrote the file, to notice changes by others. */
interface Snapshot { collection: ReviewCollection; stamp: string }

export class ReviewStore {
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly lock: LockOptions;

  constructor(private readonly options: ReviewStoreOptions) {
    this.lock = { ...defaultLockOptions, ...options.lock };
  }

  reviewPathOf(textPath: string): string {
    return locateReviewFile(this.options.workspaceRoot, textPath, this.options.reviewDir).reviewPath;
  }

  /** The review of `textPath` (empty when there is no review file yet); cached until it changes. */
  load(textPath: string): ReviewCollection {
    return this.reload(textPath).collection;
  }

  /** Re-reads the review file if its size or modification time changed; for a file watcher. */
  reload(textPath: string): { collection: ReviewCollection; changed: boolean } {
    const { reviewPath, source } = locateReviewFile(this.options.workspaceRoot, textPath, this.options.reviewDir);
    const stamp = readStamp(reviewPath);
    const known = this.snapshots.get(reviewPath);
    if (known && known.stamp === stamp) return { collection: known.collection, changed: false };
    const collection = readCollection(reviewPath, source);
    this.snapshots.set(reviewPath, { collection, stamp });
    return { collection, changed: true };
  }

  /** The tags of `textPath` anchored in `documentText` (the editor's current text), plus orphans. */
  listTags(textPath: string, documentText: string): AnchorResult {
    return anchorAnnotations(documentText, this.load(textPath).items);
  }

  async setTag(textPath: string, request: TagRequest): Promise<Annotation> {
    requireSpanInside(request.span, request.documentText);
    const stamp = { id: `urn:uuid:${this.newId()}`, now: this.now() };
    return this.change(textPath, (c) => upsertTag(c, request, stamp)).then((r) => r.annotation);
  }

  /** Applies several tag changes (tag null clears the claim's tag) under one lock, in one write. */
  async applyChanges(textPath: string, documentText: string, changes: readonly SpanChange[], creator?: string): Promise<void> {
    for (const { span } of changes) requireSpanInside(span, documentText);
    const now = this.now();
    await this.change(textPath, (c) => ({ collection: applySpanChanges(c, documentText, changes, creator, () => ({ id: `urn:uuid:${this.newId()}`, now })) }));
  }

  /** Removes the tag `id`; false when it was not there (someone else removed it already). */
  async clearTag(textPath: string, id: string): Promise<boolean> {
    return this.change(textPath, (c) => removeAnnotation(c, id)).then((r) => r.removed);
  }

  /** Sets the note of tag `id` ("" removes it); null when the tag no longer exists. */
  async setNote(textPath: string, id: string, note: string): Promise<Annotation | null> {
    const now = this.now();
    const result = await this.change(textPath, (c) => changeNote(c, id, note, now) ?? { collection: c, annotation: null });
    return result.annotation;
  }

  /**
   * Applies `edit` to the file as it is on disk now (not to the cached copy): lock, re-read,
   * edit, atomic write, unlock. A file that does not parse is never written over.
   */
  private async change<R extends { collection: ReviewCollection }>(textPath: string, edit: (c: ReviewCollection) => R): Promise<R> {
    const { reviewPath, source } = locateReviewFile(this.options.workspaceRoot, textPath, this.options.reviewDir);
    try { mkdirSync(dirname(reviewPath), { recursive: true }); } catch (e) {
      throw new ReviewFileError(reviewPath, "io", `cannot create its folder (${(e as NodeJS.ErrnoException).code})`);
    }
    return withLock(reviewPath, this.lock, () => {
      removeLeftoverTempFiles(reviewPath);
      const current = readCollection(reviewPath, source);
      const result = edit(current);
      if (result.collection !== current) {
        writeFileAtomic(reviewPath, formatReviewFile(result.collection));
      }
      this.snapshots.set(reviewPath, { collection: result.collection, stamp: readStamp(reviewPath) });
      return result;
    });
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private newId(): string {
    return this.options.newId?.() ?? randomUUID();
  }
}

function requireSpanInside(span: Span, text: string): void {
  if (!(span.start >= 0 && span.end > span.start && span.end <= text.length)) {
    throw new RangeError(`span ${span.start}-${span.end} is not a non-empty part of the text`);
  }
}

function readCollection(reviewPath: string, source: string): ReviewCollection {
  let content: string;
  try {
    content = readFileSync(reviewPath, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return createEmptyCollection(source);
    throw new ReviewFileError(reviewPath, "io", `cannot be read (${code})`);
  }
  return parseReviewFile(reviewPath, content);
}

/** Size, mtime and inode: an atomic rename by another program changes the inode even within one mtime tick. */
function readStamp(path: string): string {
  try {
    const st = statSync(path, { bigint: true });
    return `${st.size}:${st.mtimeNs}:${st.ino}`;
  } catch {
    return "absent";
  }
}
