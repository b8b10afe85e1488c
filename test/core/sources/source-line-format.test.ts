import { spawnSync } from "node:child_process";
import { buildSync } from "esbuild";
import { join } from "node:path";
import { DEFAULT_SOURCE_LINE_FORMAT, formatSourceLine, normalizeSourceTitle } from "../../../src/core/sources/source-line-format";
import { parseSourceLine } from "../../../src/core/parse/source-lines";

// 2025-07-02 06:01:48 UTC: Wednesday 14:01:48 in Shanghai (the pinned jest zone).
const INSTANT = Date.UTC(2025, 6, 2, 6, 1, 48);
const input = { now: new Date(INSTANT), title: "机器学习 Q 与 AI：30 个必备问答", url: "https://example.com/qa" };

describe("formatSourceLine", () => {
	it("writes the local wall clock and an English weekday by default", () => {
		expect(process.env.TZ).toBe("Asia/Shanghai");
		expect(formatSourceLine(DEFAULT_SOURCE_LINE_FORMAT, { ...input, weekdayLanguage: "en" })).toBe("2025-07-02 14:01:48 Wednesday 机器学习 Q 与 AI：30 个必备问答 https://example.com/qa");
	});

	it("writes 星期三 when the weekday language is Chinese", () => {
		expect(formatSourceLine(DEFAULT_SOURCE_LINE_FORMAT, { ...input, weekdayLanguage: "zh" })).toBe("2025-07-02 14:01:48 星期三 机器学习 Q 与 AI：30 个必备问答 https://example.com/qa");
	});

	it("supports short weekdays, literal [text] and markdown links", () => {
		const line = formatSourceLine("- YYYY/MM/DD [at] HH:mm ddd [{title}]({url})", { ...input, weekdayLanguage: "en" });
		expect(line).toBe("- 2025/07/02 at 14:01 Wed {title}(https://example.com/qa)");
		expect(formatSourceLine("YYYY-MM-DD ddd [[]{title}[]]({url})", { ...input, weekdayLanguage: "zh" })).toBe("2025-07-02 周三 [机器学习 Q 与 AI：30 个必备问答](https://example.com/qa)");
	});

	it("does not rescan the title for tokens and keeps it on one line", () => {
		const line = formatSourceLine(DEFAULT_SOURCE_LINE_FORMAT, { ...input, title: "YYYY dddd {url}\nsecond line", weekdayLanguage: "en" });
		expect(line).toBe("2025-07-02 14:01:48 Wednesday YYYY dddd {url} second line https://example.com/qa");
	});

	it("leaves no double space when the title is empty", () => {
		expect(formatSourceLine(DEFAULT_SOURCE_LINE_FORMAT, { ...input, title: "", weekdayLanguage: "en" })).toBe("2025-07-02 14:01:48 Wednesday https://example.com/qa");
	});

	it.each(["普通标题", "｜ 信息过载时代", "- dash first", ": colon", "a\nb\tc", "  spaced  "])("what is written reads back as the normalized title: %j", (title) => {
		const line = formatSourceLine(DEFAULT_SOURCE_LINE_FORMAT, { ...input, title, weekdayLanguage: "en" });
		const parsed = parseSourceLine(line);
		expect(parsed?.source).toEqual({ date: "2025-07-02T14:01:48", title: normalizeSourceTitle(title), url: "https://example.com/qa" });
	});
});

// The real formatter, bundled once; run in child processes because a process reads TZ once at startup.
const PROBE = buildSync({
	stdin: {
		contents: `import { formatSourceLine, DEFAULT_SOURCE_LINE_FORMAT } from "./src/core/sources/source-line-format";
			const language = process.argv[1] === "zh" ? "zh" : "en";
			process.stdout.write(formatSourceLine(DEFAULT_SOURCE_LINE_FORMAT, { now: new Date(${INSTANT}), title: "t", url: "https://x.org", weekdayLanguage: language }));`,
		resolveDir: join(__dirname, "../../.."),
		loader: "ts",
	},
	bundle: true,
	platform: "node",
	write: false,
}).outputFiles[0]!.text;

function formatIn(zone: string, weekdayLanguage: "en" | "zh"): string {
	const run = spawnSync(process.execPath, ["-e", PROBE, weekdayLanguage], { env: { ...process.env, TZ: zone }, encoding: "utf8" });
	expect(run.stderr).toBe("");
	return run.stdout;
}

describe("formatSourceLine in other time zones", () => {
	it.each([
		["Asia/Shanghai", "en", "2025-07-02 14:01:48 Wednesday t https://x.org"],
		["UTC", "en", "2025-07-02 06:01:48 Wednesday t https://x.org"],
		["America/Los_Angeles", "en", "2025-07-01 23:01:48 Tuesday t https://x.org"],
		["America/Los_Angeles", "zh", "2025-07-01 23:01:48 星期二 t https://x.org"],
		["Pacific/Kiritimati", "en", "2025-07-02 20:01:48 Wednesday t https://x.org"],
	])("TZ=%s, weekday %s", (zone, language, expected) => {
		expect(formatIn(zone, language as "en" | "zh")).toBe(expected);
	});
});
