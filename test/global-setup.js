// Dates in notes are local wall-clock text; pin a zone east of UTC so a UTC slip shows up as a wrong day.
// Date tests also run under other zones explicitly (see test/core/parse/local-date.test.ts).
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = async () => {
	process.env.TZ = process.env.TZ || "Asia/Shanghai";
	// Build main.js and dist/cli.js once, so tests load the real bundles (mobile safety, CLI spawn, demo).
	// ATLAS_TEST_NO_BUILD=1 tests the bundles already on disk (e.g. a deliberately broken build).
	if (!process.env.ATLAS_TEST_NO_BUILD) execFileSync(process.execPath, [join(__dirname, "..", "esbuild.config.mjs"), "production"], { stdio: "pipe" });
};
