/**
 * Every CLI write survives SIGKILL. The real CLI (dist/cli.js) runs 200 times — add-source on a
 * large note, new, import of a long outline, export -o --force — and is killed at a random moment
 * of its run. After each kill: every note is byte for byte its old or its new content (an import's
 * notes each either absent or complete), no temporary file carries a .md name or sits where
 * Obsidian would index it (only dot-files), and the next run works and clears what the kill left.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { isAtomicTempName } from "../../node/atomic-write";
import { REPO_ROOT, SAMPLE_VAULT } from "../support/run-cli-capture";

// 200 Node processes: about half a minute on an idle machine, many minutes on a shared, saturated one.
jest.setTimeout(45 * 60_000);

/** The vault's configuration folder, with a file Obsidian writes there, so the CLI finds the vault. */
const CONFIG_DIR = ".obsidian";

const CLI = join(REPO_ROOT, "dist", "cli.js");
const RUNS = 200;

interface Run {
	code: number | null;
	killed: boolean;
	ms: number;
}

/** Runs the CLI; with `killAfter`, SIGKILLs it that many milliseconds after the spawn. */
function run(args: string[], killAfter?: number): Promise<Run> {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn(process.execPath, [CLI, ...args], { stdio: "ignore" });
		let killed = false;
		const timer = killAfter === undefined ? undefined : globalThis.setTimeout(() => ((killed = child.kill("SIGKILL")), undefined), killAfter);
		child.on("exit", (code) => {
			globalThis.clearTimeout(timer);
			resolve({ code, killed: killed && code === null, ms: Date.now() - started });
		});
	});
}

function files(root: string): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const item of readdirSync(folder, { withFileTypes: true })) {
			if (item.isDirectory()) walk(join(folder, item.name));
			else found.push(relative(root, join(folder, item.name)).split("\\").join("/"));
		}
	};
	walk(root);
	return found.sort();
}

/** A bounded pseudo-random sequence, so a failing run can be replayed from the seed it prints. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const BIG_NOTE = [
	"---",
	"tags: [framework]",
	"name: Big",
	"stage: rl",
	"---",
	"",
	"## Sources",
	"",
	"- 2025-06-30 16:37:19 [old](https://example.org/old)",
	"",
	"## Notes",
	"",
	...Array.from({ length: 10_000 }, (_, i) => `line ${i} 强化学习 notes that make the note large enough for a kill to land mid-write`),
	"",
].join("\n");

const OUTLINE = [
	"# 开源框架",
	"",
	...Array.from({ length: 4 }, (_, s) => [
		`## ${["强化学习", "部署", "微调", "推理", "预训练", "评测", "数据", "其他"][s]}`,
		"",
		...Array.from({ length: 40 }, (_, e) => [`### Framework ${s}-${e}`, "", `https://github.com/example/fw-${s}-${e}`, "", `notes ${"x".repeat(200)}`, ""]).flat(),
	]).flat(),
].join("\n");

let root: string;
let vault: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), "atlas-kill-"));
	vault = join(root, "vault");
	mkdirSync(join(vault, CONFIG_DIR), { recursive: true });
	writeFileSync(join(vault, CONFIG_DIR, "app.json"), "{}");
	mkdirSync(join(vault, "Frameworks"), { recursive: true });
	writeFileSync(join(vault, "Frameworks", "Big.md"), BIG_NOTE);
	writeFileSync(join(root, "outline.md"), OUTLINE);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Only what the commands are meant to create, plus our dot-file temps; nothing Obsidian would index. */
function checkNoStrayFiles(): void {
	for (const file of files(vault)) {
		const name = file.slice(file.lastIndexOf("/") + 1);
		if (file.startsWith(`${CONFIG_DIR}/`)) continue;
		if (name.startsWith(".")) {
			expect(name.toLowerCase().endsWith(".md")).toBe(false);
			expect(isAtomicTempName(name)).toBe(true);
			continue;
		}
		expect(file).toMatch(/^(Frameworks\/(Big|Kill-\d+)\.md|Imported-\d+\/[^/]+\.md|Exports\/catalogue\.md)$/);
	}
}

test(`${RUNS} runs killed at random moments leave every note old or new, and the next run works`, async () => {
	// References: each command's output from an unkilled run, and how long each run takes on this machine now.
	const refNew = join(root, "ref-new");
	mkdirSync(join(refNew, CONFIG_DIR), { recursive: true });
	writeFileSync(join(refNew, CONFIG_DIR, "app.json"), "{}");
	const timing = { add: 0, new: 0, import: 0, export: 0 };
	timing.add = (await run(["add-source", join(vault, "Frameworks", "Big.md"), "--url", "https://example.org/warmup"])).ms;
	const refNote = readFileSync(join(vault, "Frameworks", "Big.md"), "utf8");
	expect(refNote).toContain("https://example.org/warmup");
	timing.new = (await run(["new", refNew, "--name", "Kill-0", "--stage", "rl"])).ms;
	const newText = (name: string) => readFileSync(join(refNew, "Frameworks", "Kill-0.md"), "utf8").split("Kill-0").join(name);
	timing.import = (await run(["import", join(root, "outline.md"), "--out", join(root, "ref-import")])).ms;
	const refImport = new Map(files(join(root, "ref-import")).map((f) => [f, readFileSync(join(root, "ref-import", f), "utf8")]));
	expect(refImport.size).toBeGreaterThan(160);
	mkdirSync(join(vault, "Exports"));
	const catalogue = join(vault, "Exports", "catalogue.md");
	timing.export = (await run(["export", SAMPLE_VAULT, "--format", "md", "-o", join(root, "ref-catalogue.md")])).ms;
	const refCatalogue = readFileSync(join(root, "ref-catalogue.md"), "utf8");

	const random = seeded(20);
	let note = refNote;
	let previousCatalogue: string | null = null;
	const outcomes = { old: 0, new: 0, partial: 0, passed: 0 };
	for (let i = 1; i <= RUNS; i++) {
		const kind = (["add", "new", "import", "export"] as const)[i % 4]!;
		// Most of a run is Node starting up; aim at the second half, where the writes are (a few land after the end).
		const killAfter = Math.floor(timing[kind] * (0.4 + 0.8 * random()));
		if (kind === "add") {
			const url = `https://example.org/kill-${i}`;
			await run(["add-source", join(vault, "Frameworks", "Big.md"), "--url", url], killAfter);
			const after = readFileSync(join(vault, "Frameworks", "Big.md"), "utf8");
			if (after === note) outcomes.old++;
			else {
				// New: the old note with exactly one line added, the one naming this run's URL.
				const at = [...after].findIndex((c, k) => c !== note[k]);
				const added = after.length - note.length;
				expect(after.slice(0, at) + after.slice(at + added)).toBe(note);
				expect(after.slice(at, at + added)).toMatch(new RegExp(`^[^\\n]*kill-${i}\\)?[^\\n]*\\n$`));
				outcomes.new++;
			}
			note = after;
		} else if (kind === "new") {
			const path = join(vault, "Frameworks", `Kill-${i}.md`);
			await run(["new", vault, "--name", `Kill-${i}`, "--stage", "rl"], killAfter);
			if (!existsSync(path)) outcomes.old++;
			else {
				expect(readFileSync(path, "utf8").replace(/\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d)?/g, "DATE")).toBe(newText(`Kill-${i}`).replace(/\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d)?/g, "DATE"));
				outcomes.new++;
			}
		} else if (kind === "import") {
			const out = join(vault, `Imported-${i}`);
			await run(["import", join(root, "outline.md"), "--out", out], killAfter);
			const written = existsSync(out) ? files(out).filter((f) => !f.split("/").pop()!.startsWith(".")) : [];
			for (const file of written) expect(readFileSync(join(out, file), "utf8")).toBe(refImport.get(file));
			if (written.length === 0) outcomes.old++;
			else if (written.length === refImport.size) outcomes.new++;
			else {
				outcomes.partial++;
				// The next run completes the import: the notes already there are skipped, the rest written whole.
				const rerun = await run(["import", join(root, "outline.md"), "--out", out]);
				expect(rerun.code).toBe(0);
				expect(new Map(files(out).map((f) => [f, readFileSync(join(out, f), "utf8")]))).toEqual(refImport);
			}
		} else {
			await run(["export", SAMPLE_VAULT, "--format", "md", "-o", catalogue, "--force"], killAfter);
			const after = existsSync(catalogue) ? readFileSync(catalogue, "utf8") : null;
			expect([previousCatalogue, refCatalogue]).toContain(after);
			if (after === previousCatalogue) outcomes.old++;
			else outcomes.new++;
			previousCatalogue = after;
		}
		checkNoStrayFiles();
		outcomes.passed++;
	}
	// Both outcomes actually happened, so the kills landed before and after the commit point.
	expect(outcomes.old).toBeGreaterThan(10);
	expect(outcomes.new).toBeGreaterThan(10);
	expect(outcomes.passed).toBe(RUNS);
	process.stdout.write(`kill test: ${outcomes.passed}/${RUNS} passed (old ${outcomes.old}, new ${outcomes.new}, partial import completed by rerun ${outcomes.partial})\n`);

	// Unkilled runs afterwards work and sweep what the kills left in the folders they write to.
	expect((await run(["add-source", join(vault, "Frameworks", "Big.md"), "--url", "https://example.org/after"])).code).toBe(0);
	expect((await run(["new", vault, "--name", "Kill-9999", "--stage", "rl"])).code).toBe(0);
	expect((await run(["export", SAMPLE_VAULT, "--format", "md", "-o", catalogue, "--force"])).code).toBe(0);
	for (const folder of ["Frameworks", "Exports"]) expect(readdirSync(join(vault, folder)).filter(isAtomicTempName)).toEqual([]);
});
