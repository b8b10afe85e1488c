import { parseLinkText } from "../../../src/core/sources/link-text";

describe("parseLinkText", () => {
	it.each([
		["[盘一盘，LLM 论文](https://mp.weixin.qq.com/s/1lUS)", { title: "盘一盘，LLM 论文", url: "https://mp.weixin.qq.com/s/1lUS" }],
		["  https://github.com/volcengine/verl  ", { title: "", url: "https://github.com/volcengine/verl" }],
		["veRL docs https://verl.readthedocs.io/en/latest/.", { title: "veRL docs", url: "https://verl.readthedocs.io/en/latest/" }],
		["[t](<https://example.com/a>)", { title: "t", url: "https://example.com/a" }],
		["[with title attr](https://example.com/b \"hover\")", { title: "with title attr", url: "https://example.com/b" }],
		["课程主页：https://stanford-cs336.github.io/spring2025/", { title: "课程主页：", url: "https://stanford-cs336.github.io/spring2025/" }],
	])("%s", (text, expected) => {
		expect(parseLinkText(text)).toEqual(expected);
	});

	it.each(["", "no url here", "javascript:alert(1)", "[x](javascript:alert(1))", "ftp://example.com/file"])("rejects %j", (text) => {
		expect(parseLinkText(text)).toBeNull();
	});
});
