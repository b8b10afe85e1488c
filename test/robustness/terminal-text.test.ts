import { printable } from "../../src/cli/terminal-text";

test.each([
	["ANSI colour", "\u001b[31mRED\u001b[0m", "\\x1B[31mRED\\x1B[0m"],
	["OSC 8 hyperlink and bell", "\u001b]8;;https://evil.example\u0007LINK", "\\x1B]8;;https://evil.example\\x07LINK"],
	["forged line", "name\n  other.md: fine", "name\\x0A  other.md: fine"],
	["carriage return overwrite", "safe\rEVIL", "safe\\x0DEVIL"],
	["NUL and C1", "a\u0000b\u009bc", "a\\x00b\\x9Bc"],
	["bidi override", "abc\u202Edcb", "abc\\u202Edcb"],
])("%s is shown, not obeyed", (_, input, shown) => {
	expect(printable(input)).toBe(shown);
});

test("ordinary text, CJK, emoji and tabs pass through unchanged", () => {
	const text = "EasyR1\t强化学习 ★ 🚀 «x» https://example.org/a?b=c";
	expect(printable(text)).toBe(text);
});
