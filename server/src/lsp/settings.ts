// The `seedReview.*` settings, validated with zod: a bad value falls back to its default and
// is reported once, so a typo in settings.json never stops the server.
import { z } from "zod";

export const DEFAULT_INCLUDE = ["**/corpus/**/*.txt", "**/*.corpus.txt", "**/dumps/**/*.txt", "**/feeds/**/*.txt"];

const severity = z.enum(["error", "warning", "information", "hint", "off"]);

export const settingsSchema = z.object({
  include: z.array(z.string()).default(DEFAULT_INCLUDE),
  exclude: z.array(z.string()).default(["**/node_modules/**", "**/.git/**"]),
  claims: z.object({
    minConfidence: z.number().min(0).max(1).default(0.5),
    severity: severity.default("information"),
    maxDiagnosticsPerFile: z.number().int().positive().default(500),
  }).default({}),
  figures: z.object({
    optionalTier: z.boolean().default(false),
    semanticTokens: z.boolean().default(true),
    inlayHints: z.boolean().default(false),
  }).default({}),
  review: z.object({
    folder: z.string().default(""),
    creator: z.string().default(""),
  }).default({}),
  maxFileSizeMB: z.number().positive().default(8),
});

export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

/** Parses raw settings; invalid fields are replaced by defaults and described in `problems`. */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const input = raw && typeof raw === "object" ? raw : {};
  const full = settingsSchema.safeParse(input);
  if (full.success) return { settings: full.data, problems: [] };
  const problems = full.error.issues.map((i) => `seedReview.${i.path.join(".")}: ${i.message}`);
  // Drop each offending field and try again, so the valid ones still apply.
  const cleaned = structuredClone(input) as Record<string, unknown>;
  for (const issue of full.error.issues) removePath(cleaned, issue.path);
  const retry = settingsSchema.safeParse(cleaned);
  return { settings: retry.success ? retry.data : defaultSettings, problems };
}

function removePath(target: Record<string, unknown>, path: (string | number)[]): void {
  let node: unknown = target;
  for (let i = 0; i < path.length - 1; i++) {
    if (!node || typeof node !== "object") return;
    node = (node as Record<string | number, unknown>)[path[i]];
  }
  if (node && typeof node === "object") delete (node as Record<string | number, unknown>)[path[path.length - 1]];
}
