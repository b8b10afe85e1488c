import { splitFrontmatter } from "../../src/core/parse/frontmatter-split";

test.each(["js", "javascript", "JS", "coffee", "yaml", "c++"])("---%s names an engine and is reported, never run", (language) => {
	expect(splitFrontmatter(`---${language}\n{}\n---\n`)).toEqual({ kind: "foreign-language", language });
	expect(splitFrontmatter(`--- ${language} \n{}\n---\n`)).toEqual({ kind: "foreign-language", language });
});

test.each([
	["prose after the dashes", "--- meeting notes framework\ntext\n---\n"],
	["a CR-only note, whose first line is the whole note", "---\rtags: [framework]\rname: x\r---\r"],
	["a table-like line", "---|---|\n"],
])("%s is no frontmatter at all", (_, text) => {
	expect(splitFrontmatter(text).kind).toBe("none");
});
