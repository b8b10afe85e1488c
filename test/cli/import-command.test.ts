import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildIndex } from "../../src/core/index/build-index";
import { readVaultNotes } from "../../node/vault-files";
import { atlas, REPO_ROOT } from "../support/cli-run";

const SEED = join(REPO_ROOT, "test", "fixtures", "outlines", "llm-frameworks-outline.md");
let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "atlas-import-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("atlas import", () => {
	it("writes one note per entry, overview and intro, and the result indexes like the sample vault", async () => {
		const out = join(dir, "vault", "Frameworks");
		const run = await atlas(["import", SEED, "--out", out]);
		expect(run).toMatchObject({ code: 0, err: "" });
		expect(run.out).toContain("Created 23 notes");
		expect(readdirSync(out)).toHaveLength(23);
		const imported = buildIndex(readVaultNotes(join(dir, "vault"))).snapshot();
		const sample = buildIndex(readVaultNotes(join(REPO_ROOT, "sample-vault"))).snapshot();
		const names = (s: typeof sample) => s.stages.map((g) => g.entries.map((p) => `${p.entry.path} ${p.entry.repo} ${p.entry.basedOn} ${p.depth}`));
		expect(names(imported)).toEqual(names(sample));
	});

	it("never overwrites: an existing note is skipped, reported and left byte for byte", async () => {
		const mine = "my own TRL notes\n";
		writeFileSync(join(dir, "TRL.md"), mine);
		const run = await atlas(["import", SEED, "--out", dir]);
		expect(run.code).toBe(0);
		expect(run.out).toContain("Skipped 1 note that already exists (left unchanged)\n  = TRL.md");
		expect(readFileSync(join(dir, "TRL.md"), "utf8")).toBe(mine);
		const again = await atlas(["import", SEED, "--out", dir]);
		expect(again.code).toBe(1);
		expect(again.out).toContain("Skipped 23 notes");
		expect(again.out).toContain("Nothing was written.");
	});

	it("writes nothing on --dry-run and shows where each line goes", async () => {
		const out = join(dir, "out");
		const run = await atlas(["import", SEED, "--out", out, "--dry-run"]);
		expect(run.code).toBe(0);
		expect(existsSync(out)).toBe(false);
		expect(run.out).toContain("Would create 23 notes");
		expect(run.out).toContain("Dry run: nothing was written.");
		expect(run.out).toMatch(/\n\s+3 {2}## 学习素材 {2}→ Stage: Learning materials \(learning\)\n/);
		expect(run.out).toMatch(/\n\s+58 {2}### 🌈 OpenRLHF {2}→ OpenRLHF\.md\n/);
		expect(run.out).toMatch(/\n\s+60 {2}github：https:\/\/github\.com\/OpenRLHF\/OpenRLHF {2}→ OpenRLHF\.md\n/);
	});

	it("marks lines of existing notes in the dry-run map, in Chinese with --lang zh", async () => {
		mkdirSync(join(dir, "out"));
		writeFileSync(join(dir, "out", "OpenRLHF.md"), "x");
		const run = await atlas(["import", SEED, "--out", join(dir, "out"), "--dry-run", "--lang", "zh"]);
		expect(run.out).toContain("将创建 22 篇笔记");
		expect(run.out).toContain("→ OpenRLHF.md (已存在，未写入)");
		expect(run.out).toContain("每一行的去向");
	});

	it("prints a JSON report with --json", async () => {
		const run = await atlas(["import", SEED, "--out", join(dir, "out"), "--json"]);
		const json = JSON.parse(run.out);
		expect(json.created).toHaveLength(23);
		expect(json.notes[0]).toEqual({ path: "开源框架.md", kind: "preamble", name: "开源框架", stage: null, status: "create" });
		expect(json.lines.find((l: { line: number }) => l.line === 3)).toEqual({ line: 3, role: "stage-heading", target: null, stage: "learning" });
	});

	it.each([
		[["import"], "Name the outline note to import"],
		[["import", SEED], "Name the folder to write the notes into with --out"],
		[["import", "missing.md", "--out", "x"], "No outline note at"],
		[["import", SEED, "--out", "x", "--bogus"], 'Unknown option "--bogus"'],
		[["import", SEED, "--out"], "Option --out needs a value"],
	])("exits 2 on usage errors: %j", async (argv, message) => {
		const run = await atlas(argv, dir);
		expect(run.code).toBe(2);
		expect(run.err).toContain(message);
		expect(run.err).toContain("atlas import OUTLINE.md --out DIR");
		expect(readdirSync(dir)).toEqual([]);
	});

	it("exits 1 when nothing can be written, and reports each failure", async () => {
		// --out below a file: every write fails.
		writeFileSync(join(dir, "a-file"), "");
		const run = await atlas(["import", SEED, "--out", join(dir, "a-file", "notes")]);
		expect(run.code).toBe(1);
		expect(run.out).toContain("Could not write 23 notes\n  ! 开源框架.md: ");
		expect(run.out).toContain("Nothing was written.");
	});

	it("tags imported entries with the vault's own entry tag, so `atlas index` of that vault finds them", async () => {
		const vault = join(dir, "vault");
		mkdirSync(join(vault, ".obsidian", "plugins", "framework-atlas"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "plugins", "framework-atlas", "data.json"), JSON.stringify({ entryTag: "llm" }));
		const run = await atlas(["import", SEED, "--out", join(vault, "Frameworks")]);
		expect(run).toMatchObject({ code: 0, err: "" });
		expect(readFileSync(join(vault, "Frameworks", "veRL.md"), "utf8")).toMatch(/^---\ntags:\n {2}- llm\n/);
		const index = await atlas(["index", vault, "--json"]);
		const stages = JSON.parse(index.out).stages as { id: string; entries: unknown[] }[];
		expect(stages.find((s) => s.id === "rl")!.entries).toHaveLength(10);
	});
});
