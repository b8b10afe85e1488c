import { entryPath, numberedPath, safeFileName, uniquePath, cleanFolder } from "../../../src/core/templates/file-names";

describe("safeFileName", () => {
	it.each([
		["veRL", "veRL"],
		["a/b\\c:d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j"],
		["C# notes [draft] ^1", "C- notes -draft- -1"],
		["line\nbreak\ttab", "line break tab"],
		["bell\u0007char", "bell-char"],
		["...hidden", "hidden"],
		["trailing. . ", "trailing"],
		["CON", "CON_"],
		["com1.txt", "com1.txt_"],
		["   ", "Untitled"],
		["///", "---"],
		["强化学习：GRPO？", "强化学习：GRPO？"],
		["🌈 OpenRLHF", "🌈 OpenRLHF"],
	])("%j → %j", (name, expected) => {
		expect(safeFileName(name)).toBe(expected);
	});

	it("keeps very long names under the file-system byte limit without splitting a character", () => {
		const name = safeFileName("框".repeat(400));
		expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
		expect(name).toBe("框".repeat(66));
	});
});

describe("paths", () => {
	it("joins folder and name, dropping empty and parent segments", () => {
		expect(entryPath("Frameworks", "veRL")).toBe("Frameworks/veRL.md");
		expect(entryPath("", "veRL")).toBe("veRL.md");
		expect(entryPath("/a//b/../c/", "x:y")).toBe("a/b/c/x-y.md");
		expect(cleanFolder("\\Research\\ LLM ")).toBe("Research/LLM");
	});

	it("numbers a taken name: <name> 2.md, <name> 3.md", async () => {
		expect(numberedPath("F/veRL.md", 2)).toBe("F/veRL 2.md");
		const taken = new Set(["F/veRL.md", "F/veRL 2.md"]);
		expect(await uniquePath("F/veRL.md", (p) => taken.has(p))).toBe("F/veRL 3.md");
		expect(await uniquePath("F/new.md", (p) => taken.has(p))).toBe("F/new.md");
		expect(await uniquePath("F/veRL.md", async (p) => p === "F/veRL.md")).toBe("F/veRL 2.md");
	});
});
