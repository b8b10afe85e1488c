import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildIndex } from "../../src/core/index/build-index";
import { readVaultNotes } from "../../node/vault-files";
import { aliasBomb, DEFAULT_SPEC, generateVault, writeVault } from "../../bench/vault-generator";

const SMALL = { notes: 600, entries: 120, seed: 7 };

describe("synthetic vault generator", () => {
	it("gives the same notes for the same seed and different ones for another seed", () => {
		expect(generateVault(SMALL)).toEqual(generateVault(SMALL));
		expect(generateVault({ ...SMALL, seed: 8 }).map((n) => n.text)).not.toEqual(generateVault(SMALL).map((n) => n.text));
	});

	it("has the default shape: 10,000 notes, 2,000 entries, 8,000 other notes of realistic size", () => {
		const notes = generateVault(DEFAULT_SPEC);
		expect(notes).toHaveLength(10_000);
		expect(notes.filter((n) => n.kind === "entry")).toHaveLength(2_000);
		expect(notes.filter((n) => n.kind !== "entry")).toHaveLength(8_000);
		expect(new Set(notes.map((n) => n.path)).size).toBe(10_000);
		const average = notes.reduce((sum, n) => sum + n.text.length, 0) / notes.length;
		expect(average).toBeGreaterThan(800);
		expect(average).toBeLessThan(4_000);
	});

	it("parses into exactly the entries it generated, and reports every malformed note", () => {
		const notes = generateVault(SMALL);
		const index = buildIndex(notes.map((n) => [n.path, n.text]));
		const snapshot = index.snapshot();
		expect(snapshot.entryCount).toBe(SMALL.entries);
		const malformed = notes.filter((n) => n.kind === "malformed").map((n) => n.path);
		expect(malformed.length).toBeGreaterThanOrEqual(5);
		expect(snapshot.problems.map((p) => p.path).sort()).toEqual([...malformed].sort());
		expect(snapshot.problems.map((p) => p.code)).toEqual(expect.arrayContaining(["yaml-invalid", "yaml-aliases", "frontmatter-language", "frontmatter-unclosed"]));
	});

	it("covers the variety the parser sees: nested tags, derivatives, stars, dated sources in several forms", () => {
		const index = buildIndex(generateVault(SMALL).map((n) => [n.path, n.text]));
		const entries = index.entries();
		expect(entries.some((e) => e.tags.some((t) => t.startsWith("framework/")))).toBe(true);
		expect(entries.some((e) => e.basedOn !== null)).toBe(true);
		expect(entries.some((e) => e.starred)).toBe(true);
		expect(entries.some((e) => e.nameZh !== null && e.summaryEn !== null)).toBe(true);
		expect(Math.max(...entries.map((e) => e.sources.length))).toBeGreaterThanOrEqual(6);
		expect(entries.some((e) => e.sources.some((s) => s.url === null))).toBe(true);
		expect(snapshotDepths(index.snapshot())).toContain(1);
	});

	it("adds alias-bomb entries on request: within the alias budget they parse with a warning, not expanded", () => {
		const notes = generateVault({ ...SMALL, aliasBombs: 3 });
		expect(notes).toHaveLength(SMALL.notes + 3);
		const index = buildIndex(notes.map((n) => [n.path, n.text]));
		expect(index.snapshot().entryCount).toBe(SMALL.entries + 3);
		expect(index.entry("Inbox/alias-bomb-0.md")?.summary).toBeNull();
		expect(aliasBomb("x", 9, 7).match(/\*a/g)).toHaveLength(57);
	});

	it("writes the notes to disk where the CLI reader finds them unchanged", () => {
		const notes = generateVault({ notes: 40, entries: 10, seed: 3 });
		const root = writeVault(notes, mkdtempSync(join(tmpdir(), "atlas-gen-test-")));
		try {
			expect(readdirSync(root).sort()).toEqual(expect.arrayContaining(["Frameworks", "Inbox"]));
			const read = new Map(readVaultNotes(root));
			expect(read.size).toBe(40);
			for (const note of notes) expect(read.get(note.path)).toBe(note.text);
			expect(readFileSync(join(root, notes[0]!.path), "utf8")).toBe(notes[0]!.text);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

function snapshotDepths(snapshot: ReturnType<ReturnType<typeof buildIndex>["snapshot"]>): number[] {
	return snapshot.stages.flatMap((s) => s.entries.map((e) => e.depth));
}
