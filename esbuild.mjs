// Bundles the client extension, the language server and the CLI into dist/ (CommonJS for Node).
// `--production` minifies and drops source maps' sources; `--watch` rebuilds on change.
import * as esbuild from "esbuild";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");
const quiet = process.argv.includes("--quiet");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: production ? false : "linked",
  minify: production,
  external: ["vscode"],
  logLevel: quiet ? "error" : "info",
};

const entries = [
  { entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js" },
  { entryPoints: ["server/src/main.ts"], outfile: "dist/server.js" },
  { entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js" },
  // The CLI's batch mode loads this beside cli.js in worker threads.
  { entryPoints: ["server/src/cli/analyzeWorker.ts"], outfile: "dist/analyzeWorker.js" },
];

if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
