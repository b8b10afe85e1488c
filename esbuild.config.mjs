// Builds the plugin (main.js at the root, browser/mobile-safe) and the CLI (dist/cli.js, Node).
import esbuild from "esbuild";
import { realpathSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const production = process.argv[2] === "production";
const root = path.dirname(fileURLToPath(import.meta.url));
const shim = (name) => path.join(root, "src/platform-shims", name);

// One YAML library, and only the part we use, in both bundles so the plugin and the CLI read notes alike:
// js-yaml 4's loader and core schema, without the dumper (we write YAML ourselves), the default schema's
// YAML 1.1 extras, or the source excerpt appended to error messages (we show only their first line).
const jsYamlLoader = /[\\/]node_modules[\\/]js-yaml[\\/]lib[\\/]loader\.js$/;
const grayMatterFile = /[\\/]node_modules[\\/]gray-matter[\\/]/;
export const slimYaml = {
	name: "slim-js-yaml",
	setup(build) {
		build.onResolve({ filter: /^js-yaml$/ }, () => ({ path: shim("js-yaml-core.js") }));
		// The loader falls back to the default schema when given none; every call of ours passes CORE_SCHEMA.
		build.onResolve({ filter: /^\.\/schema\/default$/ }, ({ importer, resolveDir }) =>
			jsYamlLoader.test(importer) ? { path: path.join(resolveDir, "schema", "core.js") } : undefined,
		);
		build.onResolve({ filter: /^\.\/snippet$/ }, ({ importer }) => (jsYamlLoader.test(importer) ? { path: shim("js-yaml-no-snippet.js") } : undefined));
		// gray-matter's default engines bring js-yaml 3 and an eval; we always pass our own (see the stand-in).
		build.onResolve({ filter: /^\.\/(lib\/)?engines$/ }, ({ importer }) => (grayMatterFile.test(importer) ? { path: shim("gray-matter-engines.js") } : undefined));
	},
};

// Parts of gray-matter's dependencies our calls never reach, replaced by small stand-ins (see each file).
export const grayMatterAlias = { "kind-of": shim("kind-of.js"), "section-matter": shim("section-matter-unused.js") };

export const pluginOptions = {
	entryPoints: ["src/plugin/main.ts"],
	bundle: true,
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules],
	format: "cjs",
	target: "es2021",
	platform: "browser",
	// Obsidian mobile has neither fs nor Buffer: gray-matter reaches for both.
	alias: { ...grayMatterAlias, fs: shim("empty-module.js") },
	plugins: [slimYaml],
	inject: [shim("buffer-shim.js")],
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	legalComments: "none",
	// Obsidian reads main.js as UTF-8; the default \uXXXX escapes make every CJK character 6 bytes instead of 3.
	charset: "utf8",
	outfile: "main.js",
};

export const cliOptions = {
	entryPoints: ["node/main.ts"],
	bundle: true,
	format: "cjs",
	target: "node20",
	platform: "node",
	alias: grayMatterAlias,
	plugins: [slimYaml],
	logLevel: "info",
	sourcemap: false,
	minify: production,
	legalComments: "none",
	charset: "utf8",
	outfile: "dist/cli.js",
};

// Only run as a script does it build; scripts/bundle-size.mjs imports the options alone.
const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invoked && production) {
	await esbuild.build(pluginOptions);
	await esbuild.build(cliOptions);
} else if (invoked) {
	const contexts = await Promise.all([esbuild.context(pluginOptions), esbuild.context(cliOptions)]);
	await Promise.all(contexts.map((context) => context.watch()));
}
