import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileAtomic, isAtomicTempName, replaceFileAtomic, sweepStaleTemps } from "../../node/atomic-write";

let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), "atlas-atomic-"))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("replaceFileAtomic", () => {
	it("replaces the file whole and leaves no temporary file", () => {
		const path = join(folder, "veRL.md");
		writeFileSync(path, "old\n");
		expect(replaceFileAtomic(path, "new 强化学习\r\n", { mode: 0o640 })).toBe(true);
		expect(readFileSync(path, "utf8")).toBe("new 强化学习\r\n");
		expect(statSync(path).mode & 0o777).toBe(0o640);
		expect(readdirSync(folder)).toEqual(["veRL.md"]);
	});

	it("abandons the write when beforeCommit says no, and the temp file was a dot-file meanwhile", () => {
		const path = join(folder, "veRL.md");
		writeFileSync(path, "old\n");
		let seen: string[] = [];
		expect(replaceFileAtomic(path, "new\n", { beforeCommit: () => ((seen = readdirSync(folder)), false) })).toBe(false);
		expect(readFileSync(path, "utf8")).toBe("old\n");
		const temp = seen.find((name) => name !== "veRL.md")!;
		expect(temp).toMatch(/^\.veRL\.md\.atlas-\d+-\d+\.tmp$/);
		expect(isAtomicTempName(temp)).toBe(true);
		expect(readdirSync(folder)).toEqual(["veRL.md"]);
	});
});

describe("createFileAtomic", () => {
	it("creates a new file and refuses one that exists, leaving it untouched", () => {
		const path = join(folder, "new.md");
		expect(createFileAtomic(path, "first\n")).toBe("created");
		expect(createFileAtomic(path, "second\n")).toBe("exists");
		expect(readFileSync(path, "utf8")).toBe("first\n");
		expect(readdirSync(folder)).toEqual(["new.md"]);
	});
});

describe("sweepStaleTemps", () => {
	it("removes temp files of processes that are gone, keeps notes and live processes' temps", () => {
		const dead = ".a.md.atlas-999999999-0.tmp";
		const live = `.b.md.atlas-${process.pid}-7.tmp`;
		for (const name of [dead, live, "note.md", ".obsidian-like"]) writeFileSync(join(folder, name), "x");
		sweepStaleTemps(folder);
		expect(readdirSync(folder).sort()).toEqual([live, ".obsidian-like", "note.md"].sort());
	});
});
