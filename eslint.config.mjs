import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import { DEFAULT_BRANDS } from "eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "demo-vault/", "coverage/", "test-output/", "bench/results.json"]),
	...obsidianmd.configs.recommendedWithLocalesEn,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["*.mjs", "*.js", "bin/*.js", "scripts/*.mjs", "test/*.js", "bench/*.mjs", "src/platform-shims/*.js"],
					// Build scripts, shims and jest glue are plain JS outside tsconfig; there are only a handful.
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 40,
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	// The product's name, the code hosts and plugins we name, and the two label languages keep their capitals in sentence case.
	{
		files: ["src/i18n/locales/en/**/*.ts"],
		rules: { "obsidianmd/ui/sentence-case-locale-module": ["warn", { brands: [...DEFAULT_BRANDS, "Framework Atlas", "Gitee", "GitLab", "Bases", "Dataview"], ignoreWords: ["English", "Chinese"] }] },
	},
	// js-yaml 4 is the YAML 1.2 engine we hand to gray-matter: it keeps dates and 12:30 as text and is
	// several times faster than the suggested replacement, which matters for indexing large vaults.
	{
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["js-yaml"] }] },
	},
	// The core runs in Node, jest, the CLI and the plugin: it must never import obsidian or Node.
	{
		files: ["src/core/**/*.ts", "src/i18n/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				"error",
				{ paths: [{ name: "obsidian", message: "The core never imports obsidian." }], patterns: [{ group: ["node:*", "../plugin/*", "../../plugin/*", "../cli/*", "../../cli/*"], message: "The core stays free of Node and of the plugin/CLI layers." }] },
			],
		},
	},
	// Features get an AtlasContext; only the composition root (main.ts) knows the plugin class.
	{
		files: ["src/plugin/**/*.ts"],
		ignores: ["src/plugin/main.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)main$", message: "Take what you need from the AtlasContext instead of the plugin class." }] }],
		},
	},
	// These stand-ins replace CommonJS modules inside gray-matter and js-yaml (esbuild.config.mjs), so they are
	// CommonJS themselves (`module.exports`); an ES module would hand `require` a namespace, not the function.
	{
		files: ["src/platform-shims/*.js"],
		ignores: ["src/platform-shims/buffer-shim.js", "src/platform-shims/js-yaml-core.js"],
		languageOptions: { globals: { module: "writable" } },
	},
	// Node-side code: the CLI's Node machine and entry (node/), build scripts, benchmarks and tests are not
	// plugin runtime code. The CLI itself (src/cli) keeps every rule: it reaches Node only through the
	// Machine port (src/cli/machine.ts) that node/ implements.
	{
		files: ["node/**/*.ts", "test/**/*.ts", "test/**/*.js", "scripts/**/*.mjs", "bench/**/*.mjs", "bench/**/*.ts", "*.mjs", "*.js", "bin/*.js"],
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"no-console": "off",
			"@typescript-eslint/no-require-imports": "off",
			"no-undef": "off",
			"obsidianmd/ui/sentence-case": "off",
			// There is no window (let alone a popout) in Node.
			"obsidianmd/prefer-window-timers": "off",
		},
	},
	// Benchmark pages run in a bare Chromium page, not in Obsidian: plain DOM calls are the point of the baseline.
	{ files: ["bench/pages/**/*.ts"], rules: { "obsidianmd/prefer-create-el": "off" } },
	// Outside src/ only: tests, benchmarks and scripts run in Node, jsdom or a bare page, never in an
	// Obsidian window. They build vaults on disk the way Obsidian lays them out (a .obsidian folder),
	// pass the fake's TFile around, fetch from their own 127.0.0.1 server, and have no pop-out windows
	// or activeWindow. The plugin's own code (src/) keeps every one of these rules.
	{
		files: ["test/**/*.ts", "bench/**/*.ts", "bench/**/*.mjs", "scripts/**/*.mjs"],
		rules: {
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/no-tfile-tfolder-cast": "off",
			"no-restricted-globals": "off",
		},
	},
	{
		files: ["test/**/*.ts"],
		rules: {
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			"@typescript-eslint/no-explicit-any": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/no-global-this": "off",
			"@typescript-eslint/no-non-null-assertion": "off",
			"@microsoft/sdl/no-inner-html": "off",
			"obsidianmd/no-static-styles-assignment": "off",
		},
	},
]);
