import { appendFileSync, closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildIndex } from "../../src/core/index/build-index";
import { FIRST_READ, readCandidate, readIndexCandidates } from "../../node/note-heads";
import { NoteBytes, type ReadAt } from "../../node/note-bytes";
import { TagBytes } from "../../node/tag-bytes";
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

	describe("notes whose head ends near the first read's end", () => {
		let vault: string;
		const notes: Record<string, string> = {};
		/** Frontmatter whose closing line ends exactly at byte `end`, the tag in it or not, then a long body. */
		const closingAt = (end: number, tagged: boolean, newline = "\n", filler = "x"): string => {
			const open = `---${newline}${tagged ? `tags: [framework]${newline}name: At ${end}${newline}` : `tags: [reading]${newline}`}`;
			const close = `---${newline}`;
			const fillerLine = (bytes: number): string => `f: ${filler.repeat(Math.max(0, Math.floor((bytes - 4 - newline.length) / Buffer.byteLength(filler))))}`;
			let line = fillerLine(end - Buffer.byteLength(open + close));
			while (Buffer.byteLength(open + line + newline + close) < end) line += "y";
			return `${open}${line}${newline}${close}${"正文一行。\n".repeat(400)}`;
		};
		for (const end of [FIRST_READ - 1, FIRST_READ, FIRST_READ + 1, FIRST_READ + 3, 2 * FIRST_READ, 2 * FIRST_READ + 2]) {
			notes[`lf-${end}-tagged.md`] = closingAt(end, true);
			notes[`lf-${end}-other.md`] = closingAt(end, false);
			notes[`crlf-${end}-tagged.md`] = closingAt(end, true, "\r\n");
			notes[`crlf-${end}-other.md`] = closingAt(end, false, "\r\n");
			// Three-byte characters: some land across the first read's end.
			notes[`cjk-${end}-tagged.md`] = closingAt(end, true, "\n", "中");
			notes[`cjk-${end}-other.md`] = closingAt(end, false, "\n", "中");
			notes[`bom-${end}-other.md`] = `\uFEFF${closingAt(end - 3, false)}`;
		}
		Object.assign(notes, {
			// The tag only in a different case, in ASCII and in YAML that also holds other characters.
			"upper-ascii.md": "---\ntags: [FrameWork]\nname: Upper\n---\nbody\n",
			"upper-mixed.md": "---\ntags: [FRAMEWORK]\nname: 大写\n---\nbody\n",
			// A closing line with trailing blanks, and lines that only look like one.
			"closing-blanks.md": "---\ntags: [framework]\nname: Blanks\n--- \t\r\nbody\n",
			"not-closing.md": "---\ntags: [reading]\n----\n--- x\n---\ntags: [framework]\n",
			"opening-blanks.md": "---  \ntags: [framework]\nname: Opening blanks\n---\n",
			"opening-ideographic-space.md": "---\u3000\ntags: [framework]\nname: Ideographic\n---\n",
			"opening-prose.md": "--- not frontmatter\ntags: [framework]\n---\n",
			"opening-rule.md": "----\ntags: [framework]\n---\n",
			// The closing line is the last line, with no line break after it.
			"closing-at-end.md": "---\ntags: [framework]\nname: At end\n---",
			"closing-at-end-other.md": "---\ntags: [reading]\n---",
			"no-closing.md": `---\ntags: [framework]\nname: No closing\n${"a: b\n".repeat(200)}`,
			"only-opening.md": "---\n",
			"two-dashes.md": "--",
			"bom-only.md": "\uFEFF",
			"cr-only.md": "---\rtags: [framework]\rname: CR only\r---\r",
		});

		beforeAll(() => {
			vault = mkdtempSync(join(tmpdir(), "atlas-heads-boundary-"));
			for (const [path, text] of Object.entries(notes)) writeFileSync(join(vault, path), text);
		});
		afterAll(() => rmSync(vault, { recursive: true, force: true }));

		it("index the same as reading every note whole", () => {
			expectSameIndex(vault, "framework");
			expectSameIndex(vault, "Framework");
			expectSameIndex(vault, "中");
			const names = buildIndex(readIndexCandidates(vault, "framework").notes)
				.snapshot()
				.stages.flatMap((g) => g.entries.map((p) => p.entry.name));
			expect(names).toEqual(expect.arrayContaining(["At 255", "At 256", "At 257", "At 259", "At 512", "At 514", "Upper", "大写", "Blanks", "At end", "Opening blanks", "Ideographic"]));
			// Each of the six head lengths, in LF, CRLF and CJK.
			expect(names.filter((n) => n.startsWith("At ") && n !== "At end")).toHaveLength(18);
		});

		it("read a note whose frontmatter lacks the tag only up to where its frontmatter closes, in steps", () => {
			for (const name of Object.keys(notes).filter((n) => n.endsWith("-other.md"))) {
				const file = join(vault, name);
				const bytes = Buffer.from(notes[name]!);
				const closing = Math.min(bytes.indexOf("---", 4) + 4, bytes.length);
				const read = readOnDisk(file);
				expect(read.text).toBeNull();
				expect(read.bytes).toBeGreaterThanOrEqual(Math.min(closing, FIRST_READ));
				// The first read, then reads that double what was read: never more than twice the head.
				expect(read.bytes).toBeLessThanOrEqual(Math.max(FIRST_READ, 2 * closing));
			}
		});

		it("give every candidate's text exactly as reading the whole file does", () => {
			for (const name of Object.keys(notes)) {
				const read = readOnDisk(join(vault, name));
				if (read.text !== null) expect(read.text).toBe(readFileSync(join(vault, name), "utf8"));
			}
		});
	});

	describe("a note that changes while it is read", () => {
		let folder: string;
		beforeEach(() => (folder = mkdtempSync(join(tmpdir(), "atlas-heads-changing-"))));
		afterEach(() => rmSync(folder, { recursive: true, force: true }));

		it("that grows after its head was read is read on to its new end", () => {
			const file = join(folder, "growing.md");
			writeFileSync(file, `---\ntags: [framework]\nname: Growing\n---\n${"第一段。\n".repeat(20)}`);
			const added = "2025-07-02 10:00 added while the index was read https://example.org/a\n";
			const read = readOnDisk(file, (call) => {
				if (call === 1) appendFileSync(file, added);
			});
			expect(read.text).toBe(readFileSync(file, "utf8"));
			expect(read.text!.endsWith(added)).toBe(true);
		});

		it("that is cut short after its head was read ends where the file now ends", () => {
			const file = join(folder, "shrinking.md");
			const head = "---\ntags: [framework]\nname: Shrinking\n---\n";
			const before = Buffer.from(`${head}${"很长的正文。\n".repeat(200)}`);
			writeFileSync(file, before);
			const read = readOnDisk(file, (call) => {
				if (call === 1) writeFileSync(file, before.subarray(0, 2 * FIRST_READ));
			});
			expect(read.text).toBe(before.toString("utf8", 0, 2 * FIRST_READ));
			// Cut below what was already read: the bytes read stay as they were read, and reading stops.
			const again = readOnDisk(file, (call) => {
				if (call === 1) writeFileSync(file, `${head}short\n`);
			});
			expect(again.text).toBe(before.toString("utf8", 0, FIRST_READ));
		});

		it("that is emptied after its first bytes were read is not an entry, and nothing throws", () => {
			const file = join(folder, "emptied.md");
			writeFileSync(file, `---\ntags: [framework]\nname: Emptied\n${"x: y\n".repeat(100)}---\n`);
			const read = readOnDisk(file, (call) => {
				if (call === 1) writeFileSync(file, "");
			});
			// The bytes seen before the cut: an opening that never closes, which the parser reports.
			expect(read.text).not.toBeNull();
			expect(Buffer.byteLength(read.text!)).toBe(read.bytes);
		});
	});
});

/** One note read as `atlas index` reads it, from the disk; `afterRead` runs after each read (1, 2, …). */
function readOnDisk(file: string, afterRead?: (call: number) => void): { text: string | null; bytes: number } {
	const fd = openSync(file, "r");
	try {
		const note = new NoteBytes();
		let calls = 0;
		const readAt: ReadAt = (buffer, offset, length, position) => {
			const got = readSync(fd, buffer, offset, length, position);
			afterRead?.(++calls);
			return got;
		};
		note.start(readAt);
		const text = readCandidate(note, new TagBytes("framework"));
		return { text, bytes: note.length };
	} finally {
		closeSync(fd);
	}
}
