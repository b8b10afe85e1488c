import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Entry } from "../../../src/core/model/entry";
import { parseNote } from "../../../src/core/parse/note-parser";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { entryName, entrySummary } from "../../../src/core/text/bilingual";

function parse(path: string, text: string): Entry {
	const result = parseNote(path, text, { entryTag: "framework", vocabulary: new StageVocabulary() });
	if (result.kind !== "entry") throw new Error(`not an entry: ${path}`);
	return result.entry;
}

const fixture = parse("Frameworks/veRL.md", readFileSync(join(__dirname, "../../fixtures/i18n/bilingual-entry.md"), "utf8"));
const note = (fields: string) => parse("Frameworks/Some name.md", `---\ntags: [framework]\n${fields}\n---\n`);

describe("entryName", () => {
	it("uses the active language's name, else the plain name, never marked", () => {
		expect(entryName(fixture, "zh")).toEqual({ text: "火山引擎强化学习", fallback: false });
		expect(entryName(fixture, "en")).toEqual({ text: "veRL", fallback: false });
	});

	it("falls back to the file name when the note names nothing", () => {
		expect(entryName(note("stage: rl"), "zh")).toEqual({ text: "Some name", fallback: false });
	});

	it("prefers name_en over the plain name in English", () => {
		expect(entryName(note("name: 深度求索\nname_en: DeepSeek"), "en")).toEqual({ text: "DeepSeek", fallback: false });
		expect(entryName(note("name: 深度求索\nname_en: DeepSeek"), "zh")).toEqual({ text: "深度求索", fallback: false });
	});
});

describe("entrySummary", () => {
	it("falls back to the other language and says so", () => {
		expect(entrySummary(fixture, "en")).toEqual({ text: "Volcano Engine Reinforcement Learning for LLMs.", fallback: false });
		expect(entrySummary(fixture, "zh")).toEqual({ text: "Volcano Engine Reinforcement Learning for LLMs.", fallback: true });
	});

	it.each([
		["summary_zh: 中文摘要\nsummary_en: English summary\nsummary: 通用", "zh", "中文摘要", false],
		["summary_zh: 中文摘要\nsummary_en: English summary\nsummary: 通用", "en", "English summary", false],
		["summary_zh: 中文摘要\nsummary: 通用", "en", "通用", false],
		["summary_zh: 中文摘要", "en", "中文摘要", true],
		["summary: 多模态二创", "en", "多模态二创", false],
	] as const)("%j in %s → %s (fallback %s)", (fields, language, text, fallback) => {
		expect(entrySummary(note(fields), language)).toEqual({ text, fallback });
	});

	it("is null when the note has no summary at all", () => {
		expect(entrySummary(note("name: x"), "zh")).toBeNull();
		expect(entrySummary(note("name: x"), "en")).toBeNull();
	});
});
