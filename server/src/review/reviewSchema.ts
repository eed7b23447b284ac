// The review file format (W3C Web Annotation data model) as zod schemas, and its parser.
// A review file sits beside its text as `<name>.txt.review.json` (or under a review folder):
//
// { "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
//   "generator": "seed-review", "schemaVersion": 1, "source": "<text path relative to this file>",
//   "items": [ { "id": "urn:uuid:…", "type": "Annotation",
//       "motivation": "assessing" (verified, disputed) | "questioning" (needs-source) | "tagging" (not-a-claim),
//       "body": [ { "type": "TextualBody", "purpose": "tagging", "value": "<tag>" },
//                 { "type": "TextualBody", "purpose": "commenting", "value": "<note>" } ],   (note optional)
//       "target": { "source": "<same as above>", "selector": [
//           { "type": "TextQuoteSelector", "exact": "…", "prefix": "…", "suffix": "…" },
//           { "type": "TextPositionSelector", "start": 120, "end": 180 } ] },
//       "creator": { "type": "Person", "name": "…" }, "created": ISO-8601, "modified": ISO-8601 } ] }
//
// Positions are UTF-16 code units (as in JavaScript strings and LSP), not code points; they differ
// only after astral characters, and the quote selector re-anchors the tag when they do.
// Unknown extra fields are kept (passthrough) so that a file another tool enriched loses nothing.
import { z } from "zod";
import { ReviewFileError } from "./reviewFileError";

export const SCHEMA_VERSION = 1;
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const GENERATOR = "seed-review";

export const TAGS = ["verified", "disputed", "needs-source", "not-a-claim"] as const;
export type Tag = (typeof TAGS)[number];

/** W3C motivation per tag: a verdict is "assessing", a request for a source "questioning". */
export const MOTIVATION_OF_TAG: Record<Tag, "assessing" | "questioning" | "tagging"> = {
  verified: "assessing",
  disputed: "assessing",
  "needs-source": "questioning",
  "not-a-claim": "tagging",
};

const textualBody = z.object({
  type: z.literal("TextualBody"),
  purpose: z.enum(["tagging", "commenting"]),
  value: z.string(),
}).passthrough();

const quoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string().default(""),
  suffix: z.string().default(""),
}).passthrough();

const positionSelector = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}).passthrough().refine((s) => s.end >= s.start, { message: "end must not be before start" });

const creator = z.union([z.string(), z.object({ type: z.string().optional(), name: z.string().optional() }).passthrough()]);

export const annotationSchema = z.object({
  id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/i, "id must be a urn:uuid"),
  type: z.literal("Annotation"),
  motivation: z.enum(["assessing", "questioning", "tagging"]),
  body: z.array(textualBody).min(1),
  target: z.object({
    source: z.string(),
    selector: z.tuple([quoteSelector, positionSelector]),
  }).passthrough(),
  creator: creator.optional(),
  created: z.string().datetime({ offset: true }),
  modified: z.string().datetime({ offset: true }),
}).passthrough().superRefine((a, ctx) => {
  const tags = a.body.filter((b) => b.purpose === "tagging");
  if (tags.length !== 1 || !(TAGS as readonly string[]).includes(tags[0].value)) {
    ctx.addIssue({ code: "custom", path: ["body"], message: `needs exactly one tagging body with one of ${TAGS.join(", ")}` });
  } else if (MOTIVATION_OF_TAG[tags[0].value as Tag] !== a.motivation) {
    ctx.addIssue({ code: "custom", path: ["motivation"], message: `tag ${tags[0].value} needs motivation ${MOTIVATION_OF_TAG[tags[0].value as Tag]}` });
  }
});

export const reviewCollectionSchema = z.object({
  "@context": z.literal(ANNO_CONTEXT),
  type: z.literal("AnnotationCollection"),
  generator: z.string(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.string(),
  items: z.array(annotationSchema),
}).passthrough();

export type Annotation = z.infer<typeof annotationSchema>;
export type ReviewCollection = z.infer<typeof reviewCollectionSchema>;

export function createEmptyCollection(source: string): ReviewCollection {
  return { "@context": ANNO_CONTEXT, type: "AnnotationCollection", generator: GENERATOR, schemaVersion: SCHEMA_VERSION, source, items: [] };
}

/** Parses review file text; anything but a valid collection of this version is a ReviewFileError. */
export function parseReviewFile(path: string, content: string): ReviewCollection {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ReviewFileError(path, "corrupt", `not valid JSON (${(e as Error).message}); the file was left as it is`);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === "number" && version > SCHEMA_VERSION) {
    throw new ReviewFileError(path, "newer-version", `written by a newer seed-review (schemaVersion ${version}, this one reads ${SCHEMA_VERSION}); upgrade to change it`);
  }
  const parsed = reviewCollectionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join(".") : "the file";
    throw new ReviewFileError(path, "invalid", `not a seed-review file: ${where}: ${issue.message}; the file was left as it is`);
  }
  return parsed.data;
}

export function readTag(a: Annotation): Tag {
  return a.body.find((b) => b.purpose === "tagging")!.value as Tag;
}

export function readNote(a: Annotation): string {
  return a.body.filter((b) => b.purpose === "commenting").map((b) => b.value).join("\n");
}

export function formatReviewFile(collection: ReviewCollection): string {
  return JSON.stringify(collection, null, 2) + "\n";
}
