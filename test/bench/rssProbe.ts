// Child process for the memory measurement: analyses one file and prints its peak RSS, so
// each input size gets its own process and its own peak.
import { readFileSync } from "node:fs";
import { analyze } from "../../server/src/core/analysis";

const baselineKB = process.resourceUsage().maxRSS;
const text = readFileSync(process.argv[2], "utf8");
const start = performance.now();
const result = analyze(text);
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ baselineKB, peakKB: process.resourceUsage().maxRSS, ms, claims: result.claims.length }) + "\n");
