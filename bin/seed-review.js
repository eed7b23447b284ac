#!/usr/bin/env node
// `npx seed-review analyze …`: runs the bundled CLI (built by `npm run build`).
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const cli = join(__dirname, "..", "dist", "cli.js");
if (!existsSync(cli)) {
  process.stderr.write("seed-review: the CLI is not built yet; run `npm run build` in the seed-review folder first\n");
  process.exit(1);
}
require(cli);
