import { entryOf } from "../../support/note-fixtures";

describe("entry fields", () => {
	it("reads every field of a complete note", () => {
		const { entry, warnings } = entryOf("fields/full-entry.md");
		expect(warnings).toEqual([]);
		expect(entry).toEqual({
			path: "fields/full-entry.md",
			name: "veRL",
			nameZh: "火山引擎强化学习框架",
			nameEn: "Volcano Engine RL",
			summary: "Flexible RL training for LLMs.",
			summaryZh: "灵活高效的大模型强化学习训练框架。",
			summaryEn: "Flexible and efficient RL post-training.",
			stage: "rl",
			tags: ["framework", "rl/grpo"],
			body: "# veRL\n\n2025-07-03 09:15:00 Thursday 源码解读 https://zhuanlan.zhihu.com/p/1\n",
			repo: "https://github.com/volcengine/verl",
			starred: true,
			basedOn: "OpenRLHF",
			links: [
				{ label: "中文教程", url: "https://verl.readthedocs.io/zh/latest/" },
				{ label: "Docs", url: "https://verl.readthedocs.io/" },
			],
			sources: [
				{ date: "2025-07-02T14:01:48", title: "veRL 入门", url: "https://mp.weixin.qq.com/s/abc" },
				{ date: "2025-06-30", title: "Release notes", url: null },
				{ date: "2025-07-03T09:15:00", title: "源码解读", url: "https://zhuanlan.zhihu.com/p/1" },
			],
		});
	});

	it("defaults the name to the file's basename and leaves optional fields null", () => {
		const { entry } = entryOf("fields/name-default.md");
		expect(entry.name).toBe("name-default");
		expect([entry.nameZh, entry.nameEn, entry.summary, entry.summaryZh, entry.summaryEn, entry.repo, entry.basedOn]).toEqual([null, null, null, null, null, null, null]);
		expect(entry.starred).toBe(false);
		expect(entry.links).toEqual([]);
		expect(entry.sources).toEqual([]);
	});

	it("keeps only http(s) URLs and warns about the rest", () => {
		const { entry, warnings } = entryOf("fields/unsafe-urls.md");
		expect(entry.repo).toBeNull();
		expect(entry.links).toEqual([{ label: "fine", url: "https://example.com/ok" }]);
		expect(entry.sources).toEqual([{ date: "2025-07-02T14:01", title: "bad link", url: null }]);
		expect(warnings.map((w) => [w.code, w.params.field, w.params.url])).toEqual([
			["unsafe-url", "repo", "javascript:alert(document.cookie)"],
			["unsafe-url", "links", "javascript:alert(1)"],
			["unsafe-url", "links", "data:text/html,<script>alert(1)</script>"],
			["unsafe-url", "sources", "javascript:void(0)"],
		]);
		expect(warnings.every((w) => w.path === "fields/unsafe-urls.md")).toBe(true);
		expect(entryOf("fields/repo-ftp.md").entry.repo).toBeNull();
		expect(entryOf("fields/repo-ftp.md").warnings[0]).toMatchObject({ code: "unsafe-url", params: { field: "repo" } });
	});

	it.each([
		["fields/based-on-quoted.md", "OpenRLHF"],
		["fields/based-on-alias.md", "veRL"],
		["fields/based-on-unquoted.md", "veRL"],
		["fields/based-on-plain.md", "OpenRLHF"],
		["fields/based-on-heading.md", "veRL"],
	])("%s is based on %s", (path, parent) => {
		const { entry, warnings } = entryOf(path);
		expect(entry.basedOn).toBe(parent);
		expect(warnings).toEqual([]);
	});

	it("reads yes, and the seed's 🌈, as starred", () => {
		expect(entryOf("fields/starred-rainbow.md").entry.starred).toBe(true);
		expect(entryOf("fields/starred-emoji.md").entry.starred).toBe(true);
		expect(entryOf("fields/starred-emoji.md").warnings).toEqual([]);
	});

	it("keeps an entry whose fields have the wrong types, with defaults and one warning per field", () => {
		const { entry, warnings } = entryOf("fields/wrong-types.md");
		expect(entry).toMatchObject({
			name: "wrong-types",
			stage: "uncategorized",
			repo: null,
			starred: false,
			links: [],
			sources: [],
			basedOn: null,
			summary: null,
		});
		expect(warnings.map((w) => [w.code, w.params.field]).sort()).toEqual(
			[
				["field-type", "based_on"],
				["field-type", "links"],
				["field-type", "name"],
				["field-type", "sources"],
				["field-type", "stage"],
				["field-type", "starred"],
				["field-type", "summary"],
				["unsafe-url", "repo"],
			].sort(),
		);
	});
});
