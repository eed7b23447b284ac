#!/usr/bin/env node
// `npx seed-review analyze …`: runs the bundled CLI (build first with `npm run build`).
require("../dist/cli.js");
