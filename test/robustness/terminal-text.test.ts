import { joinLines, terminalText } from "../../src/cli/terminal-text";

test.each([
	["ANSI colour", "\u001b[31mRED\u001b[0m", "\\x1B[31mRED\\x1B[0m"],
	["OSC 8 hyperlink and bell", "\u001b]8;;https://evil.example\u0007LINK", "\\x1B]8;;https://evil.example\\x07LINK"],
	["OSC 52 clipboard write", "\u001b]52;c;ZXZpbA==\u0007", "\\x1B]52;c;ZXZpbA==\\x07"],
	["clear screen", "\u001b[2J\u001b[H", "\\x1B[2J\\x1B[H"],
	["carriage return overwrite", "safe\rEVIL", "safe\\x0DEVIL"],
	["NUL, DEL and C1", "a\u0000b\u009bc\u007f", "a\\x00b\\u009Bc\\u007F"],
	["bidi override", "abc\u202Edcb", "abc\\u202Edcb"],
])("%s is shown, not obeyed", (_, input, shown) => {
	expect(terminalText(input)).toBe(shown);
});

test("ordinary text, CJK, emoji, tabs and line feeds pass through unchanged", () => {
	const text = "EasyR1\t强化学习 ★ 🚀 «x» https://example.org/a?b=c\nnext line\n";
	expect(terminalText(text)).toBe(text);
});

test("JSON through the sanitizer still parses to the exact strings", () => {
	const value = { name: "a\u001b]52;c;x\u0007 \u009b \u202e \u007f z" };
	expect(JSON.parse(terminalText(JSON.stringify(value, null, 2)))).toEqual(value);
});

test("a line feed inside one output line cannot forge another line", () => {
	expect(joinLines(["  name\n  other.md: fine", "next"])).toBe("  name\\x0A  other.md: fine\nnext");
});
