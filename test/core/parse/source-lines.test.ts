import { isWhiteSpace, parseSourceLine } from "../../../src/core/parse/source-lines";
import { entryOf } from "../../support/note-fixtures";

describe("dated source lines in a note body", () => {
	it("reads every seed form and nothing else, skipping fenced code", () => {
		const { entry, warnings } = entryOf("sources/body-forms.md");
		expect(entry.sources).toEqual([
			{ date: "2025-07-02T14:01:48", title: "机器学习 Q 与 AI：30 个必备问答", url: null },
			{ date: "2025-06-30T16:37:19", title: "盘一盘，2017年Transformer之后，LLM领域的重要论文", url: "https://mp.weixin.qq.com/s/1lUSlc0tvEWLuOFOP0WkUA" },
			{ date: "2025-06-19T19:47:17", title: "信息过载时代，如何真正「懂」LLM？", url: "https://mp.weixin.qq.com/s/u7aIm6jP1Nblfjr2NvakLw" },
			{ date: "2025-07-02T14:01", title: "没有秒的中文星期", url: "https://example.com/zh-weekday" },
			{ date: "2025-07-02T08:05:09", title: "Markdown 链接标题", url: "https://example.com/md-link" },
			{ date: "2025-07-02T09:05", title: "no list marker, no weekday, no seconds", url: null },
			{ date: "2025-07-02T14:01:48", title: "abbreviated weekday", url: "https://example.com/abbr" },
			{ date: "2025-07-02T14:01:48", title: "Wedding photos are not a weekday", url: null },
			{ date: "2025-07-02T14:01:48", title: "javascript link", url: null },
			{ date: "2025-07-02T14:01:48", title: "bare unsafe", url: null },
			{ date: "2025-07-04T10:00", title: "after the fences", url: null },
		]);
		expect(warnings.map((w) => [w.code, w.params.url])).toEqual([
			["unsafe-url", "javascript:alert(1)"],
			["unsafe-url", "ftp://example.com/file"],
		]);
	});

	it.each([
		["2025-07-02 14:01:48 Wednesday title", "2025-07-02T14:01:48", "title"],
		["10. 2025-07-02 14:01:48 Wed title", "2025-07-02T14:01:48", "title"],
		["1) 2025-07-02 14:01 星期三 标题", "2025-07-02T14:01", "标题"],
		["  * 2025-07-02 14:01 礼拜天 标题", "2025-07-02T14:01", "标题"],
		["2025-07-02 14:01:48 SATURDAY title", "2025-07-02T14:01:48", "title"],
		["2025-07-02 14:01:48 周日 ｜ 标题", "2025-07-02T14:01:48", "标题"],
		["2025-07-02 14:01:48：标题", "2025-07-02T14:01:48", "标题"],
	])("%s", (line, date, title) => {
		expect(parseSourceLine(line)?.source).toEqual({ date, title, url: null });
	});

	it("rejects lines that only mention a date", () => {
		for (const line of ["Released 2025-07-02 14:01", "2025-07-02", "2025-7-2 14:01 short date", "2025-07-02 14:61 bad minute", "2024-02-30 10:00 no such day"]) {
			expect([line, parseSourceLine(line)]).toEqual([line, null]);
		}
		expect(parseSourceLine("2024-02-29 10:00 leap day")?.source.date).toBe("2024-02-29T10:00");
	});
});

describe("the white space that ends a source's last word", () => {
	it("is exactly what \\s matches, for every UTF-16 code unit", () => {
		const differ: number[] = [];
		for (let unit = 0; unit <= 0xffff; unit++) if (isWhiteSpace(unit) !== /\s/.test(String.fromCharCode(unit))) differ.push(unit);
		expect(differ).toEqual([]);
	});

	it("splits a URL after any of them, and none inside a CJK title", () => {
		for (const space of [" ", "\t", "\u00a0", "\u3000", "\u2009", "\ufeff"]) {
			expect(parseSourceLine(`- 2025-07-02 10:00 标题${space}https://example.org/a`)?.source).toEqual({ date: "2025-07-02T10:00", title: "标题", url: "https://example.org/a" });
		}
		expect(parseSourceLine("- 2025-07-02 10:00 很长的中文标题没有空格https://example.org/a")?.source.url).toBeNull();
	});
});
