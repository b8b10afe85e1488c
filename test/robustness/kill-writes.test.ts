/**
 * Every CLI write survives SIGKILL. The real CLI (dist/cli.js) runs 200 times, each run killed at a
 * random moment of it: add-source on a large note, new, import of a long outline, export -o --force,
 * move (a one-line stage edit of a large note), fix-tags (three notes rewritten in one run), an import
 * that saves a new stage into the vault's data.json, and repos --force rewriting repo-facts.json from a
 * local server answering like GitHub, Gitee and GitLab. Half the kills aim near the moment each command
 * commits (learnt from its earlier runs), and the edited notes are ~4.5 MB, so many land mid-write (the
 * summary line counts the runs that left a temp file). After each kill: every file is byte for byte
 * its old or its new content (an import's notes each either absent or complete), no temporary file
 * carries a .md name or sits where Obsidian would index it (only dot-files), and the next run works
 * and clears what the kill left.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_VAULT } from "../support/run-cli-capture";
import { FACTS_FIXTURES, FactsServer, standardRoutes } from "../support/facts-server";
import { CONFIG_DIR, PLUGIN_DIR, files, killRunning, runCli, seeded, strayFiles, tempFiles, tempsIn, type Run } from "./support/killable-cli";

// 200 Node processes: a minute or two on an idle machine, many minutes on a shared, saturated one.
jest.setTimeout(45 * 60_000);

const RUNS = 200;

type Outcome = "old" | "new" | "partial";
/**
 * What a run's check found; "completed" when the run ended by itself before its kill (its files are new);
 * "midWrite" counts killed runs that left a temp file, so the kill landed between a write's start and its rename.
 */
type Tally = Record<Outcome | "completed" | "midWrite", number>;

/** One kind of write: its command for run `i`, and the check that everything it writes is old or new. */
interface Scenario {
	/** The command for run `i` (untimed preparation, such as resetting a file the test owns, goes here too). */
	command(i: number): { args: string[]; env?: Record<string, string> };
	/** After run `i` (killed or not): asserts old-or-new for every file it writes; may rerun to finish. */
	check(i: number): Promise<Outcome>;
	/** The vault it writes into, and the paths that may exist there besides temp dot-files. */
	vault: string;
	expected: RegExp;
}

const LARGE_BODY = Array.from({ length: 50_000 }, (_, i) => `line ${i} 强化学习 notes that make the note large enough for a kill to land mid-write`);

const BIG_NOTE = ["---", "tags: [framework]", "name: Big", "stage: rl", "---", "", "## Sources", "", "- 2025-06-30 16:37:19 [old](https://example.org/old)", "", "## Notes", "", ...LARGE_BODY, ""].join("\n");

const MOVE_NOTE = ["---", "name: MoveMe", "tags:", "  - framework", "stage: rl  # moved by the test", "repo: https://github.com/example/move-me", "---", "", "# MoveMe", "", ...LARGE_BODY, ""].join("\r\n");

/** Three notes in the legacy tag forms fix-tags rewrites, one of them large. */
const LEGACY_NOTES: Record<string, string> = {
	"Frameworks/veRL.md": ["---", "name: veRL", "tags: framework, rl # from 2023", "stage: rl", "---", "", "# veRL", "", ...LARGE_BODY, ""].join("\n"),
	"Frameworks/vLLM.md": "---\n# serving\ntag: framework\nstage: deploy\nrepo: 'https://github.com/vllm-project/vllm'\n---\nbody with tags: a, b\n",
	"Frameworks/LLaMA-Factory.md": '\uFEFF---\r\ntags: "#framework #finetune"\r\nsummary: "一站式微调: SFT, DPO"\r\n---\r\n',
};

const OUTLINE = [
	"# 开源框架",
	"",
	...Array.from({ length: 4 }, (_, s) => [
		`## ${["强化学习", "部署", "微调", "推理"][s]}`,
		"",
		...Array.from({ length: 40 }, (_, e) => [`### Framework ${s}-${e}`, "", `https://github.com/example/fw-${s}-${e}`, "", `notes ${"x".repeat(200)}`, ""]).flat(),
	]).flat(),
].join("\n");

/** A small outline with one stage the vault does not know: importing it saves that stage into data.json first. */
const STAGES_OUTLINE = [
	"# 开源框架",
	"",
	"## 强化学习",
	"",
	"### veRL",
	"https://github.com/volcengine/verl",
	"",
	"## 多模态",
	"",
	...Array.from({ length: 6 }, (_, e) => [`### VL-${e}`, `https://github.com/example/vl-${e}`, "视觉语言模型 notes", ""]).flat(),
].join("\n");

/** data.json as the plugin leaves it (tab-indented, a field from a newer version): the import must keep all of it. */
const SETTINGS = JSON.stringify({ settingsVersion: 2, entryTag: "framework", labelLanguage: "zh", entriesFolder: "Frameworks", collapsedStages: ["deploy"], fromNewerVersion: { keep: true } }, null, "\t");

/** The repositories whose hosts answer 200 (or a redirect to 200), so an unkilled `repos --force` exits 0. */
const FACTS_NOTES = ["veRL.md", "OldTrainer.md", "MindFormers.md", "LLMServing.md", "OpenRLHF.md"];

let root: string;
let server: FactsServer;
beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), "atlas-kill-"));
	server = await new FactsServer().start();
	standardRoutes(server);
});
afterAll(async () => {
	killRunning();
	await server.stop();
	rmSync(root, { recursive: true, force: true });
});

/** A folder Obsidian opened (its config folder holds app.json), with `notes` written into it. */
function makeVault(name: string, notes: Record<string, string> = {}): string {
	const vault = join(root, name);
	mkdirSync(join(vault, CONFIG_DIR), { recursive: true });
	writeFileSync(join(vault, CONFIG_DIR, "app.json"), "{}");
	for (const [path, text] of Object.entries(notes)) {
		mkdirSync(join(vault, path, ".."), { recursive: true });
		writeFileSync(join(vault, path), text);
	}
	return vault;
}

const read = (path: string): string | null => (existsSync(path) ? readFileSync(path, "utf8") : null);
const contents = (folder: string) => new Map(files(folder).filter((f) => !f.split("/").pop()!.startsWith(".")).map((f) => [f, readFileSync(join(folder, f), "utf8")]));

/** Each command run once unkilled: the reference for "new", and how long a run takes on this machine now. */
interface Prepared {
	scenario: Scenario;
	ms: number;
	/** The latest kill that left the old files, and the earliest that left new ones: the commit lies about there. */
	lastOld?: number;
	firstNew?: number;
}

/** The run's n-th time for its kind; the kinds take turns. */
const turn = (i: number, kinds: number) => Math.floor(i / kinds);

/**
 * When to kill run `i`: every other run anywhere from 0.4 to 1.6 of the command's duration (most of a
 * run is Node starting up; some kills land after the end), the others around the moment it commits, as
 * learnt from earlier runs, so that many kills land while the write is under way.
 */
function aim(kind: Prepared, random: () => number, n: number): number {
	const { ms, lastOld, firstNew } = kind;
	if (n % 2 === 0 || lastOld === undefined || firstNew === undefined) return Math.floor(ms * (0.4 + 1.2 * random()));
	const [from, to] = [Math.min(lastOld, firstNew) * 0.9, Math.max(lastOld, firstNew) * 1.1];
	return Math.floor(from + (to - from) * random());
}

async function reference(args: string[], env?: Record<string, string>): Promise<number> {
	const run = await runCli(args, undefined, env);
	expect(run.code).toBe(0);
	return run.ms;
}

async function addSource(vault: string): Promise<Prepared> {
	const path = join(vault, "Frameworks", "Big.md");
	const ms = await reference(["add-source", path, "--url", "https://example.org/warmup"]);
	let note = readFileSync(path, "utf8");
	expect(note).toContain("https://example.org/warmup");
	const scenario: Scenario = {
		vault,
		expected: /^Frameworks\/Big\.md$/,
		command: (i) => ({ args: ["add-source", path, "--url", `https://example.org/kill-${i}`] }),
		check: async (i) => {
			const after = readFileSync(path, "utf8");
			if (after === note) return "old";
			// New: the old note with exactly one line added, the one naming this run's URL.
			const at = [...after].findIndex((c, k) => c !== note[k]);
			const added = after.length - note.length;
			expect(after.slice(0, at) + after.slice(at + added)).toBe(note);
			expect(after.slice(at, at + added)).toMatch(new RegExp(`^[^\\n]*kill-${i}\\)?[^\\n]*\\n$`));
			note = after;
			return "new";
		},
	};
	return { scenario, ms };
}

async function newNote(vault: string): Promise<Prepared> {
	const refVault = makeVault("ref-new");
	const ms = await reference(["new", refVault, "--name", "Kill-0", "--stage", "rl"]);
	const undated = (text: string) => text.replace(/\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d)?/g, "DATE");
	const refText = (name: string) => undated(readFileSync(join(refVault, "Frameworks", "Kill-0.md"), "utf8").split("Kill-0").join(name));
	const scenario: Scenario = {
		vault,
		expected: /^Frameworks\/Kill-\d+\.md$/,
		command: (i) => ({ args: ["new", vault, "--name", `Kill-${i}`, "--stage", "rl"] }),
		check: async (i) => {
			const text = read(join(vault, "Frameworks", `Kill-${i}.md`));
			if (text === null) return "old";
			expect(undated(text)).toBe(refText(`Kill-${i}`));
			return "new";
		},
	};
	return { scenario, ms };
}

async function importNotes(vault: string): Promise<Prepared> {
	const outline = join(root, "outline.md");
	writeFileSync(outline, OUTLINE);
	const ms = await reference(["import", outline, "--out", join(root, "ref-import")]);
	const refImport = contents(join(root, "ref-import"));
	expect(refImport.size).toBeGreaterThan(160);
	const scenario: Scenario = {
		vault,
		expected: /^Imported-\d+\/[^/]+\.md$/,
		command: (i) => ({ args: ["import", outline, "--out", join(vault, `Imported-${i}`)] }),
		check: async (i) => {
			const out = join(vault, `Imported-${i}`);
			const written = existsSync(out) ? contents(out) : new Map<string, string>();
			for (const [file, text] of written) expect(text).toBe(refImport.get(file));
			if (written.size === 0) return "old";
			if (written.size === refImport.size) return "new";
			// The next run completes the import: the notes already there are skipped, the rest written whole.
			expect((await runCli(["import", outline, "--out", out])).code).toBe(0);
			expect(contents(out)).toEqual(refImport);
			return "partial";
		},
	};
	return { scenario, ms };
}

async function exportCatalogue(vault: string): Promise<Prepared> {
	const ms = await reference(["export", SAMPLE_VAULT, "--format", "md", "-o", join(root, "ref-catalogue.md")]);
	const refCatalogue = readFileSync(join(root, "ref-catalogue.md"), "utf8");
	const catalogue = join(vault, "Exports", "catalogue.md");
	mkdirSync(join(vault, "Exports"));
	let previous: string | null = null;
	const scenario: Scenario = {
		vault,
		expected: /^Exports\/catalogue\.md$/,
		command: () => ({ args: ["export", SAMPLE_VAULT, "--format", "md", "-o", catalogue, "--force"] }),
		check: async () => {
			const after = read(catalogue);
			expect([previous, refCatalogue]).toContain(after);
			const outcome = after === previous ? "old" : "new";
			previous = after;
			return outcome;
		},
	};
	return { scenario, ms };
}

/** `atlas move` back and forth between two stages: the note is always the one before or the reference for the target. */
async function moveStage(vault: string): Promise<Prepared> {
	const refVault = makeVault("ref-move", { "Frameworks/MoveMe.md": MOVE_NOTE });
	const refPath = join(refVault, "Frameworks", "MoveMe.md");
	const ms = await reference(["move", refPath, "--stage", "deploy"]);
	const moved = { deploy: readFileSync(refPath, "utf8"), rl: "" };
	await reference(["move", refPath, "--stage", "rl"]);
	moved.rl = readFileSync(refPath, "utf8");
	// One line changed each way; moving back restores every byte (CRLF and the comment kept).
	expect(moved.rl).toBe(MOVE_NOTE);
	expect(moved.deploy).toBe(MOVE_NOTE.replace("stage: rl  # moved", "stage: deploy  # moved"));
	const path = join(vault, "Frameworks", "MoveMe.md");
	let note = MOVE_NOTE;
	let target: "deploy" | "rl" = "deploy";
	const scenario: Scenario = {
		vault,
		expected: /^Frameworks\/MoveMe\.md$/,
		command: () => {
			target = note === moved.rl ? "deploy" : "rl";
			return { args: ["move", path, "--stage", target] };
		},
		check: async () => {
			const after = readFileSync(path, "utf8");
			expect([note, moved[target]]).toContain(after);
			const outcome = after === note ? "old" : "new";
			note = after;
			return outcome;
		},
	};
	return { scenario, ms };
}

/** `atlas fix-tags` rewriting three notes: each note is its state before the run or its fixed form. */
async function fixTags(): Promise<Prepared> {
	const refVault = makeVault("ref-fix-tags", LEGACY_NOTES);
	const ms = await reference(["fix-tags", refVault]);
	const fixed = new Map(Object.keys(LEGACY_NOTES).map((path) => [path, readFileSync(join(refVault, path), "utf8")]));
	for (const [path, text] of fixed) expect(text).not.toBe(LEGACY_NOTES[path]);
	const vault = makeVault("tags-vault", LEGACY_NOTES);
	let before = new Map(Object.entries(LEGACY_NOTES));
	const scenario: Scenario = {
		vault,
		expected: /^Frameworks\/(veRL|vLLM|LLaMA-Factory)\.md$/,
		command: () => {
			// Once every note is fixed, the test puts the legacy forms back so the next run has writing to do.
			if ([...before].every(([path, text]) => text === fixed.get(path))) {
				for (const [path, text] of Object.entries(LEGACY_NOTES)) writeFileSync(join(vault, path), text);
				before = new Map(Object.entries(LEGACY_NOTES));
			}
			return { args: ["fix-tags", vault] };
		},
		check: async () => {
			const after = new Map([...before.keys()].map((path) => [path, readFileSync(join(vault, path), "utf8")]));
			for (const [path, text] of after) expect([before.get(path), fixed.get(path)]).toContain(text);
			const changed = [...after].filter(([path, text]) => text !== before.get(path)).length;
			before = after;
			return changed === 0 ? "old" : "new";
		},
	};
	return { scenario, ms };
}

/** An import saving a new stage into data.json, then its notes: data.json is old or new, never a note before it. */
async function saveStages(): Promise<Prepared> {
	const outline = join(root, "stages-outline.md");
	writeFileSync(outline, STAGES_OUTLINE);
	const plugin = (vault: string) => {
		mkdirSync(join(vault, PLUGIN_DIR), { recursive: true });
		return join(vault, PLUGIN_DIR, "data.json");
	};
	const refVault = makeVault("ref-stages");
	writeFileSync(plugin(refVault), SETTINGS);
	const ms = await reference(["import", outline, "--out", join(refVault, "Imported")]);
	const refSettings = readFileSync(plugin(refVault), "utf8");
	const saved = JSON.parse(refSettings) as { stages: { labels: { zh: string } }[]; fromNewerVersion: unknown; collapsedStages: string[] };
	expect(saved.stages.map((s) => s.labels.zh)).toContain("多模态");
	expect(saved).toMatchObject({ fromNewerVersion: { keep: true }, collapsedStages: ["deploy"] });
	const refNotes = contents(join(refVault, "Imported"));
	expect(refNotes.size).toBe(8);
	const vault = makeVault("stages-vault");
	const settings = plugin(vault);
	const scenario: Scenario = {
		vault,
		expected: /^Imported-\d+\/[^/]+\.md$/,
		command: (i) => {
			// Every run starts from the settings without the new stage, so every run has it to save.
			writeFileSync(settings, SETTINGS);
			return { args: ["import", outline, "--out", join(vault, `Imported-${i}`)] };
		},
		check: async (i) => {
			const after = read(settings);
			expect([SETTINGS, refSettings]).toContain(after);
			const out = join(vault, `Imported-${i}`);
			const notes = existsSync(out) ? contents(out) : new Map<string, string>();
			for (const [file, text] of notes) expect(text).toBe(refNotes.get(file));
			// Saved before any note: no imported note names a stage the vault does not know.
			if (notes.size > 0) expect(after).toBe(refSettings);
			if (after === SETTINGS) return "old";
			if (notes.size === refNotes.size) return "new";
			// The next run finds the stage saved, saves nothing, and writes the missing notes.
			expect((await runCli(["import", outline, "--out", out])).code).toBe(0);
			expect(contents(out)).toEqual(refNotes);
			expect(read(settings)).toBe(refSettings);
			return "partial";
		},
	};
	return { scenario, ms };
}

/** `atlas repos --force` rewriting repo-facts.json from the local server; only the fetch times differ between runs. */
async function refreshFacts(): Promise<Prepared> {
	const notes = Object.fromEntries(FACTS_NOTES.map((name) => [`Frameworks/${name}`, readFileSync(join(FACTS_FIXTURES, "vault", "Frameworks", name), "utf8")]));
	const env = server.env();
	const refVault = makeVault("ref-facts", notes);
	const refCache = join(refVault, PLUGIN_DIR, "repo-facts.json");
	const ms = await reference(["repos", refVault, "--force"], env);
	const untimed = (text: string) => text.replace(/"fetchedAt": "[^"]+"/g, '"fetchedAt": "T"');
	const first = readFileSync(refCache, "utf8");
	// A second run asks again with the ETag (304 for veRL): the same file but for the fetch times.
	await reference(["repos", refVault, "--force"], env);
	const refFacts = untimed(readFileSync(refCache, "utf8"));
	expect(refFacts).toBe(untimed(first));
	expect(Object.keys((JSON.parse(first) as { repos: object }).repos)).toHaveLength(FACTS_NOTES.length);
	const vault = makeVault("facts-vault", notes);
	cpSync(refCache, join(vault, PLUGIN_DIR, "repo-facts.json"));
	const cache = join(vault, PLUGIN_DIR, "repo-facts.json");
	let previous = read(cache);
	const scenario: Scenario = {
		vault,
		expected: /^Frameworks\/[^/]+\.md$/,
		command: () => ({ args: ["repos", vault, "--force"], env }),
		check: async () => {
			const after = read(cache);
			if (after === previous) return "old";
			expect(untimed(after!)).toBe(refFacts);
			previous = after;
			return "new";
		},
	};
	return { scenario, ms };
}

test(`${RUNS} runs killed at random moments leave every file old or new, and the next run works`, async () => {
	const vault = makeVault("vault", { "Frameworks/Big.md": BIG_NOTE, "Frameworks/MoveMe.md": MOVE_NOTE });
	const prepared = {
		add: await addSource(vault),
		new: await newNote(vault),
		import: await importNotes(vault),
		export: await exportCatalogue(vault),
		move: await moveStage(vault),
		"fix-tags": await fixTags(),
		settings: await saveStages(),
		repos: await refreshFacts(),
	};
	const kinds = Object.keys(prepared) as (keyof typeof prepared)[];
	const mainExpected = new RegExp([prepared.add, prepared.new, prepared.import, prepared.export, prepared.move].map((p) => p.scenario.expected.source.slice(1, -1)).join("|"));
	const expectedIn = (scenario: Scenario) => (scenario.vault === vault ? new RegExp(`^(?:${mainExpected.source})$`) : scenario.expected);

	const random = seeded(20);
	const outcomes = Object.fromEntries(kinds.map((kind) => [kind, { old: 0, new: 0, partial: 0, completed: 0, midWrite: 0 }])) as Record<keyof typeof prepared, Tally>;
	let passed = 0;
	for (let i = 1; i <= RUNS; i++) {
		const kind = kinds[i % kinds.length]!;
		const { scenario } = prepared[kind];
		const { args, env } = scenario.command(i);
		const killAfter = aim(prepared[kind], random, turn(i, kinds.length));
		const tempsBefore = new Set(tempFiles(scenario.vault));
		const run: Run = await runCli(args, killAfter, env);
		if (run.killed && tempFiles(scenario.vault).some((file) => !tempsBefore.has(file))) outcomes[kind].midWrite++;
		// How long this command takes now (the machine is shared): a run that finished tells, one killed late says "longer".
		if (!run.killed) {
			expect({ kind, i, code: run.code }).toEqual({ kind, i, code: 0 });
			prepared[kind].ms = Math.round((prepared[kind].ms * 3 + run.ms) / 4);
		} else if (killAfter > prepared[kind].ms) prepared[kind].ms = Math.round((prepared[kind].ms * 3 + killAfter) / 4);
		const outcome = await scenario.check(i);
		if (!run.killed) expect({ kind, i, outcome }).not.toEqual({ kind, i, outcome: "partial" });
		outcomes[kind][run.killed ? outcome : "completed"]++;
		if (run.killed && outcome === "old") prepared[kind].lastOld = Math.max(prepared[kind].lastOld ?? 0, killAfter);
		else prepared[kind].firstNew = Math.min(prepared[kind].firstNew ?? Infinity, run.killed ? killAfter : run.ms);
		expect({ kind, i, stray: strayFiles(scenario.vault, expectedIn(scenario)) }).toEqual({ kind, i, stray: [] });
		passed++;
	}
	const tally = (t: Tally) => `${t.old} old/${t.new} new/${t.partial} partial/${t.completed} done, ${t.midWrite} left a temp`;
	process.stdout.write(`kill test: ${passed}/${RUNS} passed; killed runs left: ${kinds.map((k) => `${k} ${tally(outcomes[k])}`).join(", ")}\n`);
	expect(passed).toBe(RUNS);
	// Every kind of write was killed before its commit point (a partial import counts), and some runs got past it.
	for (const kind of kinds) {
		expect({ kind, landedBefore: outcomes[kind].old + outcomes[kind].partial > 0 }).toEqual({ kind, landedBefore: true });
		expect({ kind, landedAfter: outcomes[kind].new + outcomes[kind].partial + outcomes[kind].completed > 0 }).toEqual({ kind, landedAfter: true });
	}
	// Across all writes, many kills landed before the commit, and several between the commit and the exit.
	const total = (key: keyof Tally) => kinds.reduce((sum, k) => sum + outcomes[k][key], 0);
	expect(total("old")).toBeGreaterThan(10);
	expect(total("new") + total("partial")).toBeGreaterThanOrEqual(5);

	// Unkilled runs afterwards work and sweep what the kills left in the folders they write to.
	for (const kind of kinds) {
		const { args, env } = prepared[kind].scenario.command(RUNS + 1);
		expect({ kind, code: (await runCli(args, undefined, env)).code }).toEqual({ kind, code: 0 });
		await prepared[kind].scenario.check(RUNS + 1);
	}
	for (const folder of [join(vault, "Frameworks"), join(vault, "Exports"), join(root, "tags-vault", "Frameworks"), join(root, "stages-vault", PLUGIN_DIR), join(root, "facts-vault", PLUGIN_DIR)]) {
		expect({ folder, temps: tempsIn(folder) }).toEqual({ folder, temps: [] });
	}
});
