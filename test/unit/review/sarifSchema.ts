// The SARIF 2.1.0 essentials the export must satisfy, as a zod schema (the full JSON schema
// needs a validator the project does not ship); checked against the OASIS specification by hand.
import { z } from "zod";

const message = z.object({ text: z.string().min(1) });
const level = z.enum(["none", "note", "warning", "error"]);
const region = z.object({
  startLine: z.number().int().min(1),
  startColumn: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
  snippet: z.object({ text: z.string() }).optional(),
}).refine((r) => r.endLine > r.startLine || (r.endLine === r.startLine && r.endColumn >= r.startColumn), "region ends before it starts");
const artifactLocation = z.object({ uri: z.string().min(1).refine((u) => !/[\s\\]/.test(u), "uri must be escaped and use /"), index: z.number().int().min(0).optional() });

const result = z.object({
  ruleId: z.string(),
  ruleIndex: z.number().int().min(0),
  kind: z.enum(["pass", "fail", "review", "open", "notApplicable", "informational"]),
  level,
  message,
  locations: z.array(z.object({ physicalLocation: z.object({ artifactLocation, region: region.optional() }) })).min(1),
  guid: z.string().uuid().optional(),
  properties: z.record(z.unknown()).optional(),
}).refine((r) => r.kind === "fail" || r.level === "none", "only kind 'fail' may have a level other than 'none' (SARIF 3.27.9)");

export const sarifLogSchema = z.object({
  $schema: z.string().url(),
  version: z.literal("2.1.0"),
  runs: z.array(z.object({
    tool: z.object({
      driver: z.object({
        name: z.string(),
        rules: z.array(z.object({ id: z.string(), shortDescription: message.optional(), defaultConfiguration: z.object({ level }).optional() })),
      }),
    }),
    columnKind: z.enum(["utf16CodeUnits", "unicodeCodePoints"]).optional(),
    artifacts: z.array(z.object({ location: artifactLocation })).optional(),
    results: z.array(result),
  })).length(1),
}).superRefine((log, ctx) => {
  const run = log.runs[0];
  run.results.forEach((r, i) => {
    if (run.tool.driver.rules[r.ruleIndex]?.id !== r.ruleId) ctx.addIssue({ code: "custom", path: ["runs", 0, "results", i], message: "ruleIndex does not point at ruleId" });
  });
});
