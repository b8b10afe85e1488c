import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * User-visible text in the plugin and the renderers must come from the locale tables. This scans
 * the places Obsidian shows a string (command names, setting names, notices, titles, element
 * text) for a string literal with letters in it. Icons, separators and symbols pass.
 */
const SCANNED = ["plugin", "render"].map((dir) => join(__dirname, "../../src", dir));

const SINKS: [string, RegExp][] = [
	["command name", /\bname\s*:\s*(["'`])(.*?)\1/g],
	["Setting text", /\.(?:setName|setDesc|setTitle|setButtonText|setPlaceholder|setTooltip)\(\s*(["'`])(.*?)\1/g],
	["dropdown option label", /\.addOption\(\s*[^,()]+,\s*(["'`])(.*?)\1/g],
	["notice", /new Notice\(\s*(["'`])(.*?)\1/g],
	["ribbon or view action title", /\.(?:addRibbonIcon|addAction)\(\s*[^,]+,\s*(["'`])(.*?)\1/g],
	["element text or title", /\b(?:text|title|placeholder|"aria-label")\s*:\s*(["'`])(.*?)\1/g],
	["textContent / setText", /(?:\.textContent\s*=|\.setText\()\s*(["'`])(.*?)\1/g],
	["view display text", /getDisplayText\(\)[^{]*\{\s*return\s*(["'`])(.*?)\1/g],
];

/** Literals that are the same in both languages on purpose. */
const ALLOWED = new Set<string>(["中", "EN", "中/EN"]);

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : name.endsWith(".ts") ? [path] : [];
	});
}

function isWords(literal: string): boolean {
	return /[A-Za-z]{2,}|[\u3400-\u9fff]/.test(literal.replace(/\$\{[^}]*\}/g, ""));
}

describe("no hard-coded user-visible strings in src/plugin and src/render", () => {
	const sources = SCANNED.flatMap(files);

	it("scans real files", () => {
		expect(sources.length).toBeGreaterThan(5);
	});

	it("every shown string goes through t()", () => {
		const found: string[] = [];
		for (const file of sources) {
			const text = readFileSync(file, "utf8");
			for (const [sink, pattern] of SINKS) {
				for (const match of text.matchAll(pattern)) {
					const literal = match[2]!;
					if (isWords(literal) && !ALLOWED.has(literal)) found.push(`${relative(join(__dirname, "../.."), file)}: ${sink} "${literal}"`);
				}
			}
		}
		expect(found).toEqual([]);
	});

	it("would catch one (the scan is not vacuous)", () => {
		const sample = `plugin.addCommand({ id: "x", name: "Open dashboard" }); new Notice("Saved"); new Setting(c).setName("Entry tag"); el(p, "span", { text: "No entries" }); d.addOption("en", "English").addOption("zh", t("x"));`;
		const hits = SINKS.flatMap(([, pattern]) => [...sample.matchAll(pattern)].map((m) => m[2]!)).filter(isWords);
		expect(hits.sort()).toEqual(["English", "Entry tag", "No entries", "Open dashboard", "Saved"]);
	});
});
