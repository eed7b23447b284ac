// Peak RSS of a full analysis, one child process per input. The probe is bundled with esbuild
// first so the child runs plain node (a TypeScript loader would add its own memory).
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { buildSync } from "esbuild";

export interface MemoryUse { peakMB: number; baselineMB: number; ms: number }

export function bundleProbe(outDir: string): string {
  const outfile = resolve(outDir, "rssProbe.js");
  buildSync({ entryPoints: [resolve(__dirname, "rssProbe.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "error" });
  return outfile;
}

export function measureMemory(probe: string, path: string): MemoryUse | null {
  const run = spawnSync(process.execPath, [probe, path], { encoding: "utf8", maxBuffer: 1 << 20 });
  try {
    const r = JSON.parse(run.stdout) as { baselineKB: number; peakKB: number; ms: number };
    return { peakMB: r.peakKB / 1024, baselineMB: r.baselineKB / 1024, ms: r.ms };
  } catch {
    process.stderr.write(`rss probe failed for ${path}: ${run.stderr}\n`);
    return null;
  }
}
