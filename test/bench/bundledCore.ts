// The benchmark times the analysis core as esbuild bundles it for the server and the CLI, not as
// tsx runs the sources: tsx reads every imported binding through a getter, a cost users never pay.
import { resolve } from "node:path";
import { buildSync } from "esbuild";

export type Core = typeof import("./coreEntry");

export function loadBundledCore(outDir: string): Core {
  const outfile = resolve(outDir, "core.cjs");
  buildSync({ entryPoints: [resolve(__dirname, "coreEntry.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "error" });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as Core;
}
