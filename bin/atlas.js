#!/usr/bin/env node
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "dist", "cli.js");
if (!existsSync(cli)) {
	process.stderr.write("atlas: dist/cli.js is missing; run `npm run build` in the Framework Atlas folder first.\n");
	process.exit(1);
}
require(cli);
