// Parses CLI flags into a validated command; a usage error becomes UsageError (exit 2).
import { z } from "zod";

export class UsageError extends Error {}

const analyzeFlags = z.object({
  format: z.enum(["json", "text", "csv"]).default("text"),
  optionalFigures: z.boolean().default(false),
  minConfidence: z.coerce.number().min(0).max(1).default(0.5),
  jobs: z.coerce.number().int().min(1).max(64).optional(),
  paths: z.array(z.string()).min(1, "give at least one file or folder"),
});
export type AnalyzeCommand = { command: "analyze" } & z.infer<typeof analyzeFlags>;

const reviewFlags = z.object({
  action: z.literal("export"),
  format: z.enum(["md", "csv", "w3c", "sarif"]).default("md"),
  reviewDir: z.string().optional(),
  paths: z.array(z.string()).min(1, "give at least one file or folder"),
});
export type ReviewCommand = { command: "review" } & z.infer<typeof reviewFlags>;

export type Command = AnalyzeCommand | ReviewCommand | { command: "help" } | { command: "version" };

const FLAG_NAMES: Record<string, string> = {
  "--format": "format", "-f": "format", "--min-confidence": "minConfidence", "--review-dir": "reviewDir", "--jobs": "jobs", "-j": "jobs",
};
const SWITCHES: Record<string, string> = { "--optional-figures": "optionalFigures" };

export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") return { command: "help" };
  if (command === "--version" || command === "-v") return { command: "version" };
  if (rest.includes("--help") || rest.includes("-h")) return { command: "help" };
  const raw: Record<string, unknown> = { paths: [] as string[] };
  const args = command === "review" ? rest.slice(1) : rest;
  if (command === "review") raw.action = rest[0];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    if (FLAG_NAMES[name]) {
      const value = eq > 0 && a.startsWith("--") ? a.slice(eq + 1) : args[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      raw[FLAG_NAMES[name]] = value;
    } else if (SWITCHES[a]) raw[SWITCHES[a]] = true;
    else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`);
    else (raw.paths as string[]).push(a);
  }
  const schema = command === "analyze" ? analyzeFlags : command === "review" ? reviewFlags : null;
  if (!schema) throw new UsageError(`unknown command ${command}`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${issue.path.join(".") || "arguments"}: ${issue.message}`);
  }
  return { command, ...parsed.data } as Command;
}

export const HELP = `seed-review: find articles, numeric figures and check-worthy claims in scraped text dumps

Usage
  seed-review analyze [--format json|text|csv] [--optional-figures] [--min-confidence N] [--jobs N] PATHS...
  seed-review review export [--format md|csv|w3c|sarif] [--review-dir DIR] PATHS...

PATHS are files or folders (folders: every *.txt inside, not recursive).

analyze   prints the analysis; json is the output contract (README, "File formats"),
          text a readable outline, csv one row per figure. Several files are
          analysed in parallel on --jobs worker threads (default: one per core).
review    exports the review tags stored beside the files.

Exit status: 0 success, 1 an input could not be read (the message names it; the other
inputs are still analysed and printed), 2 usage error.`;
