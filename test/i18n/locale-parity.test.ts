import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { EXPECTED_EN } from "../../src/core/parse/field-readers";
import { en } from "../../src/i18n/locales/en";
import { zh } from "../../src/i18n/locales/zh";
import { EN, ZH, placeholders } from "../support/locale-tables";

const SRC = join(__dirname, "../../src");
const LOCALES = join(SRC, "i18n/locales");

/**
 * Chinese values that may stay exactly as in English: names (brands, formats, "English" shown in
 * its own script) by value, anything else by key. Values without any Latin letter are exempt anyway.
 */
const IDENTICAL_VALUES = new Set(["English", "Obsidian", "Framework Atlas", "JSON", "Markdown", "HTML", "CSV", "YAML", "URL", "GitHub", "Gitee", "GitLab"]);
const IDENTICAL_KEYS = new Set<string>([]);

/** Plural keys collapse to their base: en has `_one` + `_other`, zh only `_other`. */
function baseKeys(table: Map<string, string>): Set<string> {
	return new Set([...table.keys()].filter((k) => !k.endsWith("_one")));
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return path === LOCALES ? [] : sourceFiles(path);
		return /\.ts$/.test(name) ? [path] : [];
	});
}

/** A key the code may pass to t(): a string leaf, or the base of a plural pair. */
function resolves(key: string): boolean {
	return EN.has(key) || (EN.has(`${key}_one`) && EN.has(`${key}_other`));
}

describe("locale parity", () => {
	it("zh has exactly the keys of en, counting en's _one/_other as zh's _other", () => {
		const enKeys = baseKeys(EN);
		const zhKeys = baseKeys(ZH);
		expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
		expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
	});

	it("every en _one has its _other, and zh has no _one (Chinese has no plural forms)", () => {
		const ones = [...EN.keys()].filter((k) => k.endsWith("_one"));
		expect(ones.length).toBeGreaterThan(0);
		for (const key of ones) expect(EN.has(key.replace(/_one$/, "_other"))).toBe(true);
		expect([...ZH.keys()].filter((k) => k.endsWith("_one"))).toEqual([]);
	});

	it("zh values use the same placeholders as en", () => {
		const mismatched = [...ZH].filter(([key, value]) => {
			const english = EN.get(key)!;
			return placeholders(english).join() !== placeholders(value).join();
		});
		expect(mismatched).toEqual([]);
	});

	it("no zh value is still the English text, except an allowlist", () => {
		const untranslated = [...ZH]
			.filter(([key, value]) => EN.get(key) === value && /[A-Za-z]/.test(value.replace(/\{\{[^}]*\}\}/g, "")))
			.filter(([, value]) => !IDENTICAL_VALUES.has(value))
			.map(([key]) => key);
		expect(untranslated.sort()).toEqual([...IDENTICAL_KEYS].sort());
	});

	it("no value is empty", () => {
		expect([...EN, ...ZH].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
	});

	it("every locale file is wired into its language table under some namespace", () => {
		for (const [language, table] of [
			["en", en],
			["zh", zh],
		] as const) {
			const wired = new Set<unknown>(Object.values(table));
			const files = readdirSync(join(LOCALES, language)).filter((f) => f.endsWith(".ts") && f !== "index.ts");
			expect(files.length).toBeGreaterThanOrEqual(Object.keys(table).length);
			for (const file of files) {
				const exported = Object.values(require(join(LOCALES, language, file)) as Record<string, unknown>);
				expect({ file: `${language}/${file}`, wired: exported.some((value) => wired.has(value)) }).toEqual({ file: `${language}/${file}`, wired: true });
			}
		}
	});
});

describe("keys used in the sources exist", () => {
	const namespaces = Object.keys(en).join("|");
	const LITERAL_KEY = new RegExp(`(["'\`])((?:${namespaces})\\.[A-Za-z0-9_.-]+)\\1`, "g");
	const files = sourceFiles(SRC);

	it("finds the sources and some keys in them", () => {
		const total = files.reduce((n, f) => n + [...readFileSync(f, "utf8").matchAll(LITERAL_KEY)].length, 0);
		expect(files.length).toBeGreaterThan(20);
		expect(total).toBeGreaterThan(10);
	});

	it("every literal `namespace.key` string in src/** names an English string", () => {
		const missing: string[] = [];
		for (const file of files) {
			for (const match of readFileSync(file, "utf8").matchAll(LITERAL_KEY)) {
				if (!resolves(match[2]!)) missing.push(`${relative(SRC, file)}: ${match[2]}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it("every t(\"…\") call names a string, even outside a known namespace", () => {
		const CALL = /\bt\(\s*(["'])([^"'\n]+)\1/g;
		const missing: string[] = [];
		for (const file of files) {
			for (const match of readFileSync(file, "utf8").matchAll(CALL)) {
				if (!resolves(match[2]!)) missing.push(`${relative(SRC, file)}: ${match[2]}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it("every diagnostic code has a message (describeDiagnostic builds the key at runtime)", () => {
		const union = /export type DiagnosticCode =([^;]+);/.exec(readFileSync(join(SRC, "core/model/diagnostic.ts"), "utf8"))![1]!;
		const codes = [...union.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
		expect(codes.length).toBeGreaterThan(10);
		expect(codes.filter((code) => !EN.has(`diagnostics.${code}`))).toEqual([]);
	});

	it("every expected-shape code of a field-type warning has its sentence", () => {
		expect(Object.keys(en.diagnostics.fieldType).sort()).toEqual(Object.keys(EXPECTED_EN).sort());
	});
});
