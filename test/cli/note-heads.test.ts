import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildIndex } from "../../src/core/index/build-index";
import { readIndexCandidates } from "../../node/note-heads";
import { listMarkdownFiles, readVaultNotes } from "../../node/vault-files";
import { generateVault, writeVault } from "../../bench/vault-generator";

const ROOT = join(__dirname, "..", "..");

/** Every folder under test/fixtures (and the sample vault) that holds notes: each is indexed as a vault. */
function fixtureVaults(): string[] {
	const folders = [join(ROOT, "sample-vault")];
	const walk = (folder: string): void => {
		if (readdirSync(folder).some((name) => name.endsWith(".md"))) folders.push(folder);
		for (const name of readdirSync(folder)) if (statSync(join(folder, name)).isDirectory()) walk(join(folder, name));
	};
	walk(join(ROOT, "test", "fixtures"));
	return folders;
}

function expectSameIndex(vault: string, entryTag: string): void {
	const candidates = readIndexCandidates(vault, entryTag).notes;
	expect(buildIndex(candidates, { entryTag }).snapshot()).toEqual(buildIndex(readVaultNotes(vault), { entryTag }).snapshot());
}

describe("reading only the heads of notes gives the index every note gives", () => {
	it.each(fixtureVaults().map((v) => [v.slice(ROOT.length + 1), v]))("%s", (_name, vault) => {
		expectSameIndex(vault, "framework");
		expectSameIndex(vault, "#Framework");
		expectSameIndex(vault, "research");
	});

	describe("notes whose opening is longer than the head", () => {
		let vault: string;
		const pad = (line: string, bytes: number): string => Array.from({ length: Math.ceil(bytes / line.length) }, () => line).join("");
		// Distinct keys: a repeated key makes the frontmatter unreadable for Obsidian (a problem, not an entry).
		const numbered = (key: string, text: string, bytes: number): string => {
			const lines: string[] = [];
			for (let size = 0, i = 0; size < bytes; i++) {
				const line = `${key}${i}: ${text}\n`;
				lines.push(line);
				size += line.length;
			}
			return lines.join("");
		};
		const notes: Record<string, string> = {
			// Frontmatter that ends after the head, the tag near its end.
			"long-frontmatter.md": `---\nname: Long\n${numbered("note", "长长的说明文字，跨过读头的边界", 6000)}tags: [framework]\n---\nbody\n`,
			// Frontmatter without the tag that closes early; the tag only in a long body.
			"tag-in-body.md": `---\ntags: [reading]\n---\n${pad("正文 framework 正文\n", 9000)}`,
			// One huge first line: no line break in the head at all.
			"huge-first-line.md": `---${"x".repeat(5000)}\ntags: [framework]\n---\n`,
			"huge-plain-line.md": `${"中".repeat(3000)}\n---\ntags: [framework]\n---\n`,
			// Unclosed frontmatter that mentions the tag after the head (within the 4 KB the parser looks at), and one beyond that.
			"unclosed-long.md": `---\n${pad("a: b\n", 2000)}tags: [framework]\nname: Never closed\n`,
			"unclosed-longer.md": `---\n${pad("a: b\n", 5000)}tags: [framework]\nname: Never closed\n`,
			// `---js` with the tag only far into the note: reported as a problem from the whole text.
			"foreign-long.md": `---js\n${pad("// code\n", 5000)}framework\n---\n`,
			"bom-crlf.md": `\uFEFF---\r\ntags: [framework]\r\nname: BOM\r\n${pad("summary_zh: 说明\r\n", 10)}---\r\n${pad("中文正文，\r\n", 6000)}`,
			// A multi-byte character across the head's last byte, in frontmatter that has the tag.
			"cut-character.md": `---\ntags: [framework]\nname: Cut\nsummary: "${"中".repeat(2000)}"\n---\n`,
			"empty.md": "",
			"dashes-only.md": "---",
			"invalid-utf8.md": "",
		};

		beforeAll(() => {
			vault = mkdtempSync(join(tmpdir(), "atlas-heads-"));
			for (const [path, text] of Object.entries(notes)) writeFileSync(join(vault, path), text);
			// Bytes that are not UTF-8 around a line feed near the head's end.
			const broken = Buffer.concat([Buffer.from(`---\ntags: [framework]\nname: Broken bytes\nsummary: "`), Buffer.alloc(1000, 0xe4), Buffer.from(`\nmore"\n---\n`)]);
			writeFileSync(join(vault, "invalid-utf8.md"), broken);
		});
		afterAll(() => rmSync(vault, { recursive: true, force: true }));

		it("index the same as reading every note whole", () => {
			expectSameIndex(vault, "framework");
			const snapshot = buildIndex(readIndexCandidates(vault, "framework").notes).snapshot();
			const names = snapshot.stages.flatMap((g) => g.entries.map((p) => p.entry.name)).sort();
			expect(names).toEqual(["BOM", "Broken bytes", "Cut", "Long"]);
			expect(snapshot.problems.map((p) => [p.path, p.code]).sort()).toEqual([
				["foreign-long.md", "frontmatter-language"],
				// `---x…` names a language as `---js` does.
				["huge-first-line.md", "frontmatter-language"],
				["unclosed-long.md", "frontmatter-unclosed"],
			]);
		});

		it("read the body of a note whose frontmatter lacks the tag no further than the head", () => {
			const read = readIndexCandidates(vault, "framework");
			expect(read.notes.map(([path]) => path)).not.toContain("tag-in-body.md");
			expect(read.notes.map(([path]) => path)).not.toContain("huge-plain-line.md");
		});
	});

	it("on a generated vault of 600 notes, reads a fraction of the bytes and indexes the same", () => {
		const vault = writeVault(generateVault({ notes: 600, entries: 120, seed: 7 }));
		try {
			expectSameIndex(vault, "framework");
			const total = listMarkdownFiles(vault).reduce((sum, file) => sum + statSync(file).size, 0);
			const read = readIndexCandidates(vault, "framework");
			expect(read.bytesRead).toBeLessThan(total * 0.8);
			expect(read.notes.length).toBeLessThan(600);
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
	});
});

