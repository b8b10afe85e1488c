import { isSourcesHeading } from "../../../src/core/templates/section-headings";

describe("isSourcesHeading", () => {
	it.each(["Sources", "sources", "SOURCES", "Source", "来源", "Sources / 来源", "来源 Sources", "来源 / Sources", "Ｓｏｕｒｃｅｓ", "资料来源", "Sources｜来源"])("accepts %s", (text) => {
		expect(isSourcesHeading(text)).toBe(true);
	});
	it.each(["", "Sources of error", "Notes", "笔记", "Summary / 简介", "Open sources list"])("rejects %s", (text) => {
		expect(isSourcesHeading(text)).toBe(false);
	});
});
