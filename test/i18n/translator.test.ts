import { describeDiagnostic } from "../../src/i18n/describe-diagnostic";
import { cliZh } from "../../src/i18n/locales/zh/cli";
import { translator } from "../../src/i18n/translator";
import { parseNote } from "../../src/core/parse/note-parser";
import { StageVocabulary } from "../../src/core/stages/stage-vocabulary";

describe("translator", () => {
	it("is ready synchronously: the very first call in a fresh module registry already translates", () => {
		jest.isolateModules(() => {
			const fresh = require("../../src/i18n/translator") as typeof import("../../src/i18n/translator");
			expect(fresh.translator("zh").t("cli.empty")).toBe("（无）");
			expect(fresh.translator("en").t("cli.empty")).toBe("(None)");
		});
	});

	it("does not escape interpolated values: markup comes back verbatim (callers set textContent)", () => {
		const { t } = translator("en");
		expect(t("cli.unknownCommand", { command: "<b>x</b> & 'y'" })).toBe(`Unknown command "<b>x</b> & 'y'"`);
		expect(translator("zh").t("cli.unknownOption", { option: "<img src=x onerror=alert(1)>" })).toBe("未知选项“<img src=x onerror=alert(1)>”");
	});

	it.each([
		[0, "0 entries in 6 stages"],
		[1, "1 entry in 6 stages"],
		[2, "2 entries in 6 stages"],
		[21, "21 entries in 6 stages"],
	])("English plural: %i → %s", (count, text) => {
		expect(translator("en").t("cli.summary", { count, stages: 6 })).toBe(text);
	});

	it.each([0, 1, 2, 21])("Chinese has one form for every count (%i)", (count) => {
		const expected = cliZh.summary_other.replace("{{stages}}", "6").replace("{{count}}", String(count));
		expect(translator("zh").t("cli.summary", { count, stages: 6 })).toBe(expected);
	});

	it("an unknown key comes back as the key, not as an empty string", () => {
		expect(translator("zh").t("cli.noSuchKey")).toBe("cli.noSuchKey");
	});
});

describe("describeDiagnostic", () => {
	const vocabulary = new StageVocabulary();
	const warningsOf = (text: string) => {
		const result = parseNote("Frameworks/x.md", text, { entryTag: "framework", vocabulary });
		return "warnings" in result ? result.warnings : [];
	};

	it("phrases the expected shape of a field-type warning in the output language", () => {
		const [warning] = warningsOf("---\ntags: [framework]\nstarred: maybe\n---\n");
		expect(warning?.code).toBe("field-type");
		expect(warning?.message).toBe("starred should be true or false; ignored");
		expect(describeDiagnostic(warning!, translator("en"))).toBe("starred should be true or false; ignored");
		expect(describeDiagnostic(warning!, translator("zh"))).toBe("starred 应为 true 或 false；已忽略");
	});

	it("phrases list shapes too", () => {
		const [warning] = warningsOf("---\ntags: [framework]\nlinks: just text\n---\n");
		expect(describeDiagnostic(warning!, translator("zh"))).toBe("links 应为 { label, url } 的列表；已忽略");
	});

	it("keeps an expected value it has no phrase for", () => {
		const d = { path: "a.md", code: "field-type" as const, params: { field: "x", expected: "something new" }, message: "" };
		expect(describeDiagnostic(d, translator("zh"))).toBe("x 应为 something new；已忽略");
	});
});
