// `npm run bench`: bundles bench/run.ts (TypeScript, the same sources the CLI and plugin use)
// into a temporary file and runs it with --expose-gc. Arguments are passed through (--quick).
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { grayMatterAlias, slimYaml } from "../esbuild.config.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = mkdtempSync(path.join(tmpdir(), "atlas-bench-build-"));
const outfile = path.join(outDir, "run.cjs");

await esbuild.build({
	entryPoints: [path.join(root, "bench/run.ts")],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile,
	// The same YAML loader and gray-matter stand-ins the CLI and plugin ship; the plugin runs against the behaving test mock.
	alias: { ...grayMatterAlias, obsidian: path.join(root, "test/__mocks__/obsidian.ts") },
	plugins: [slimYaml],
	external: ["jsdom", "playwright-core", "esbuild"],
	nodePaths: [path.join(root, "node_modules")],
	logLevel: "warning",
});

const result = spawnSync(process.execPath, ["--expose-gc", outfile, ...process.argv.slice(2)], {
	stdio: "inherit",
	env: { ...process.env, ATLAS_ROOT: root, NODE_PATH: path.join(root, "node_modules") },
});
rmSync(outDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
