// The review port backed by review files on disk (server/src/review): one store per workspace
// folder, anchored views cached per document text, writes refused in untrusted workspaces.
import { userInfo } from "node:os";
import { dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createTextModel } from "../core/document";
import {
  formatReview, ReviewFileError, ReviewStore, readNote, readTag,
  type AnchorResult, type FileReview,
} from "../review";
import type { ReviewPort, TagChange } from "./reviewPort";
import { readDocumentText, type DocumentText } from "./documentText";

import { EMPTY_REVIEW, type ReviewView } from "./reviewView";
import type { Settings } from "./settings";

export interface FileReviewOptions { roots: string[]; settings: () => Settings; log: (message: string) => void; trusted: boolean }

export function createFileReviewPort(options: FileReviewOptions): ReviewPort {
  const stores = new Map<string, ReviewStore>();
  const views = new Map<string, { text: DocumentText; view: ReviewView }>();

  const locate = (uri: string): { store: ReviewStore; path: string } | null => {
    let path: string;
    try { path = fileURLToPath(uri); } catch { return null; }
    // Texts outside every workspace folder keep their review file beside them.
    const root = options.roots.find((r) => path.startsWith(r.endsWith(sep) ? r : r + sep)) ?? dirname(path);
    const folder = options.settings().review.folder || undefined;
    const key = `${root}\u0000${folder ?? ""}`;
    let store = stores.get(key);
    if (!store) stores.set(key, (store = new ReviewStore({ workspaceRoot: root, reviewDir: root === dirname(path) && !options.roots.includes(root) ? undefined : folder })));
    return { store, path };
  };

  const creator = () => options.settings().review.creator || safeUserName();

  return {
    view(uri, text) {
      const at = locate(uri);
      if (!at) return EMPTY_REVIEW;
      let reloaded: ReturnType<ReviewStore["reload"]>;
      try { reloaded = at.store.reload(at.path); } catch (e) { return { ...EMPTY_REVIEW, error: describe(e) }; }
      // Nothing to anchor: the text is not read (an edited text is not joined on a keystroke).
      if (!reloaded.collection.items.length) return { ...EMPTY_REVIEW, path: at.store.reviewPathOf(at.path) };
      const cached = views.get(uri);
      if (cached && !reloaded.changed && cached.text === text) return cached.view;
      let anchored: AnchorResult;
      try { anchored = at.store.listTags(at.path, readDocumentText(text)); } catch (e) { return { ...EMPTY_REVIEW, error: describe(e) }; }
      const view: ReviewView = {
        tags: anchored.anchored.map((a) => ({ id: a.annotation.id, span: a.span, tag: readTag(a.annotation), note: readNote(a.annotation) || undefined })),
        orphans: anchored.orphans.map((o) => ({ id: o.id, exact: quoteOf(o), tag: readTag(o), note: readNote(o) || undefined })),
        error: null,
        path: at.store.reviewPathOf(at.path),
      };
      views.set(uri, { text, view });
      return view;
    },
    async apply(uri, changes: TagChange[]) {
      if (!options.trusted) return "Seed Review: this workspace is not trusted, so review files are not written. Trust the workspace to tag claims.";
      const at = locate(uri);
      if (!at) return `Seed Review: cannot store tags for ${uri} (not a file)`;
      if (!changes.length) return null;
      try {
        await at.store.applyChanges(at.path, changes[0].text, changes.map((c) => ({ span: c.span, tag: c.tag, note: c.note })), creator());
        views.delete(uri);
        return null;
      } catch (e) {
        options.log(`Seed Review: writing tags for ${at.path} failed: ${describe(e)}`);
        return describe(e);
      }
    },
    exportReview(uri, text, analysis, format) {
      const at = locate(uri);
      if (!at) throw new Error(`Seed Review: cannot export ${uri} (not a file)`);
      const review: FileReview = { file: at.path, text, analysis, tags: at.store.listTags(at.path, text), rangeOf: createTextModel(text).rangeOf };
      return formatReview(format, [review]);
    },
    invalidate(uri) {
      views.delete(uri);
    },
    reviewPathOf(uri) {
      const at = locate(uri);
      try { return at ? at.store.reviewPathOf(at.path) : null; } catch { return null; }
    },
  };
}

function quoteOf(annotation: { target: { selector: unknown[] } }): string {
  const quote = annotation.target.selector.find((s) => (s as { type?: string }).type === "TextQuoteSelector") as { exact?: string } | undefined;
  return quote?.exact ?? "";
}

function describe(e: unknown): string {
  return e instanceof ReviewFileError || e instanceof Error ? e.message : String(e);
}

function safeUserName(): string {
  try { return userInfo().username; } catch { return "reviewer"; }
}
