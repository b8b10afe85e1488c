import { parseFactsCache, serializeFactsCache, emptyCache } from "../../../src/core/repo-facts/facts-cache";
import { setFrontmatterLines } from "../../../src/core/notes/frontmatter-lines";
import { compactStars, pushedText } from "../../../src/i18n/facts-format";
import { translator } from "../../../src/i18n/translator";

const RECORD = { host: "github", status: "ok", stars: 5, forks: 1, openIssues: 0, pushedAt: "2025-01-01T00:00:00.000Z", archived: false, license: "MIT", language: "Go", description: null, topics: ["x"], movedTo: null, etag: '"e"', fetchedAt: "2025-01-02T00:00:00.000Z", error: null };

describe("the cache file", () => {
	it("round-trips", () => {
		const cache = emptyCache();
		cache.repos["https://github.com/a/b"] = RECORD as never;
		expect(parseFactsCache(serializeFactsCache(cache))).toEqual({ cache: { version: 1, repos: { "https://github.com/a/b": RECORD } }, problem: null });
	});

	it.each(["", "{", "[]", '{"version":"1","repos":{}}', '{"version":1}', "null"])("%p is corrupt", (text) => {
		expect(parseFactsCache(text).problem).toBe("corrupt");
	});

	it("a newer version is not read", () => {
		expect(parseFactsCache('{"version":2,"repos":{}}').problem).toBe("future-version");
	});

	it("drops bad records one by one and keeps the rest, without prototype keys", () => {
		const text = JSON.stringify({ version: 1, repos: { "https://github.com/a/b": RECORD, "https://github.com/c/d": { ...RECORD, status: "great" }, __proto__: RECORD, "javascript:x": RECORD } });
		const { cache, problem } = parseFactsCache(text);
		expect(problem).toBeNull();
		expect(Object.keys(cache.repos)).toEqual(["https://github.com/a/b"]);
	});
});

describe("stars: and pushed: in frontmatter", () => {
	it("replaces the two lines and leaves every other byte", () => {
		const note = "---\r\ntags: [framework]\r\nstars: 10\r\nname: \"veRL\" # mine\r\n---\r\nbody\r\n";
		expect(setFrontmatterLines(note, { stars: "12345", pushed: "2025-07-02" })).toBe("---\r\ntags: [framework]\r\nstars: 12345\r\nname: \"veRL\" # mine\r\npushed: 2025-07-02\r\n---\r\nbody\r\n");
	});

	it("adds missing keys in order before the closing line", () => {
		expect(setFrontmatterLines("---\ntags: [framework]\n---\n# x\n", { stars: "1", pushed: "2025-01-01" })).toBe("---\ntags: [framework]\nstars: 1\npushed: 2025-01-01\n---\n# x\n");
	});

	it("keeps a BOM, returns the same text when nothing changes", () => {
		const note = "\uFEFF---\nstars: 5\npushed: 2025-01-01\n---\n";
		expect(setFrontmatterLines(note, { stars: "5", pushed: "2025-01-01" })).toBe(note);
	});

	it.each(["no frontmatter\n", "---\nunclosed: yes\n", "---\nstars:\n  - 1\n---\n", "---\nstars: |\n  a\n---\n"])("leaves %p alone", (note) => {
		expect(setFrontmatterLines(note, { stars: "1" })).toBeNull();
	});
});

describe("compact stars and relative pushes", () => {
	it.each([
		[842, "842", "842"],
		[8421, "8.4k", "8,421"],
		[12345, "12.3k", "1.2万"],
		[12399, "12.3k", "1.2万"],
		[123456, "123k", "12.3万"],
		[1_234_567, "1.2M", "123万"],
		[340_000_000, "340M", "3.4亿"],
	])("%d → %s / %s", (n, en, zh) => {
		expect(compactStars(n, "en")).toBe(en);
		expect(compactStars(n, "zh")).toBe(zh);
	});

	it("says when it was pushed", () => {
		const now = new Date("2025-07-10T12:00:00Z");
		const en = translator("en");
		const zh = translator("zh");
		expect(pushedText("2025-07-10T06:00:00Z", now, en)).toBe("Pushed today");
		expect(pushedText("2025-07-11T06:00:00Z", now, en)).toBe("Pushed today");
		expect(pushedText("2025-07-09T11:00:00Z", now, en)).toBe("Pushed 1 day ago");
		expect(pushedText("2025-04-01T00:00:00Z", now, en)).toBe("Pushed 3 months ago");
		expect(pushedText("2025-04-01T00:00:00Z", now, zh)).toBe("3 个月前推送");
		expect(pushedText("2023-01-15T00:00:00Z", now, zh)).toBe("2 年前推送");
	});
});
