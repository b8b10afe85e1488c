import { buildIndex, createIndex } from "../../../src/core/index/build-index";
import type { IndexChange, IndexSnapshot } from "../../../src/core/index/index-snapshot";
import { compareNames } from "../../../src/core/index/name-order";
import { fixtureNotes, fixtureText } from "../../support/note-fixtures";

const outline = (snapshot: IndexSnapshot) =>
	Object.fromEntries(snapshot.stages.map((g) => [g.stage.id, g.entries.map((p) => `${"  ".repeat(p.depth)}${p.entry.name}`)]));

describe("AtlasIndex answers", () => {
	const index = buildIndex(fixtureNotes("index"));
	const snapshot = index.snapshot();

	it("groups entries by stage in vocabulary order, empty stages included, derivatives nested", () => {
		expect(snapshot.stages.map((g) => g.stage.id)).toEqual(["learning", "pretrain", "finetune", "rl", "deploy", "uncategorized"]);
		expect(outline(snapshot)).toEqual({
			learning: ["阿里", "百川", "深度求索", "智谱"],
			pretrain: [],
			finetune: ["CycleA", "  CycleChild", "CycleB", "Self"],
			rl: ["OpenRLHF", "  MM-EUREKA", "Orphan", "veRL", "  EasyR1", "    EasyR1-Lite"],
			deploy: ["veRL Serving"],
			uncategorized: ["Qwen2", "Qwen10"],
		});
		expect(snapshot.entryCount).toBe(17);
	});

	it("places MM-EUREKA under OpenRLHF although its name sorts first", () => {
		const rl = snapshot.stages.find((g) => g.stage.id === "rl")!.entries;
		expect(rl.find((p) => p.entry.name === "MM-EUREKA")).toMatchObject({ parentPath: "index/OpenRLHF.md", depth: 1 });
	});

	it("records parents across stages, leaves unresolved and cyclic ones at top level", () => {
		const placed = snapshot.stages.flatMap((g) => g.entries);
		const byName = (name: string) => placed.find((p) => p.entry.name === name)!;
		expect(byName("veRL Serving")).toMatchObject({ parentPath: "index/veRL.md", depth: 0 });
		expect(byName("EasyR1")).toMatchObject({ parentPath: "index/veRL.md", depth: 1 });
		expect(byName("EasyR1-Lite")).toMatchObject({ parentPath: "index/EasyR1.md", depth: 2 });
		expect(byName("Orphan")).toMatchObject({ parentPath: null, depth: 0 });
		expect(byName("CycleA").depth).toBe(0);
		expect(byName("CycleB").depth).toBe(0);
		expect(byName("Self").depth).toBe(0);
		expect(snapshot.warnings.filter((w) => w.code === "unresolved-parent")).toEqual([
			{ path: "index/Orphan.md", code: "unresolved-parent", params: { parent: "Nowhere" }, message: 'based_on "Nowhere" names no framework entry' },
		]);
	});

	it("reports the broken note as a problem and ignores plain notes", () => {
		expect(snapshot.problems.map((p) => [p.path, p.code])).toEqual([["index/broken.md", "yaml-invalid"]]);
		expect(index.has("index/plain-note.md")).toBe(false);
		expect(index.has("index/broken.md")).toBe(true);
		expect(index.entry("index/broken.md")).toBeNull();
	});

	it("orders names with a pinyin, numeric, case-insensitive collator", () => {
		expect(["智谱", "阿里", "百川"].sort(compareNames)).toEqual(["阿里", "百川", "智谱"]);
		expect(["Qwen10", "qwen2", "Alpha"].sort(compareNames)).toEqual(["Alpha", "qwen2", "Qwen10"]);
	});
});

describe("duplicate warnings", () => {
	const snapshot = buildIndex(fixtureNotes("index-dupes").concat([
		["index-dupes/a/veRL.md", fixtureText("index-dupes/a/veRL.md")],
		["index-dupes/b/verl-copy.md", fixtureText("index-dupes/b/verl-copy.md")],
	])).snapshot();

	it("warns on names equal up to case and on repo URLs equal up to case, trailing slash, .git and http", () => {
		const warnings = snapshot.warnings.map((w) => [w.path, w.code, w.params.others]);
		expect(warnings).toEqual([
			["index-dupes/a/veRL.md", "duplicate-name", "index-dupes/b/verl-copy.md"],
			["index-dupes/a/veRL.md", "duplicate-repo", "index-dupes/b/verl-copy.md, index-dupes/mirror.md"],
			["index-dupes/b/verl-copy.md", "duplicate-name", "index-dupes/a/veRL.md"],
			["index-dupes/b/verl-copy.md", "duplicate-repo", "index-dupes/a/veRL.md, index-dupes/mirror.md"],
			["index-dupes/mirror.md", "duplicate-repo", "index-dupes/a/veRL.md, index-dupes/b/verl-copy.md"],
		]);
	});
});

describe("incremental changes", () => {
	it("rename changes the default name and re-resolves derivatives", () => {
		const index = buildIndex(fixtureNotes("index"));
		expect(index.rename("index/OpenRLHF.md", "renamed/OpenRLHF-2.md")).toBe(true);
		expect(index.entry("renamed/OpenRLHF-2.md")?.name).toBe("OpenRLHF-2");
		expect(index.has("index/OpenRLHF.md")).toBe(false);
		const eureka = index.snapshot().warnings.find((w) => w.path === "index/MM-EUREKA.md");
		expect(eureka).toMatchObject({ code: "unresolved-parent", params: { parent: "OpenRLHF" } });
		expect(index.rename("index/plain-note.md", "elsewhere.md")).toBe(false);
	});

	it("follows a note from entry to non-entry and back", () => {
		const index = createIndex();
		const changes: IndexChange["type"][] = [];
		const sizes: number[] = [];
		const unsubscribe = index.subscribe((change, snapshot) => {
			changes.push(change.type);
			sizes.push(snapshot.entryCount);
		});
		const text = fixtureText("index/veRL.md");
		expect(index.upsert("veRL.md", text)).toBe(true);
		expect(index.upsert("veRL.md", text)).toBe(false);
		expect(index.upsert("veRL.md", text.replace("framework, ", ""))).toBe(true);
		expect(index.has("veRL.md")).toBe(false);
		expect(index.upsert("veRL.md", text.replace("framework, ", ""))).toBe(false);
		expect(index.upsert("veRL.md", text)).toBe(true);
		expect(index.entry("veRL.md")?.starred).toBe(true);
		expect(index.remove("veRL.md")).toBe(true);
		expect(index.remove("veRL.md")).toBe(false);
		unsubscribe();
		index.upsert("veRL.md", text);
		expect(changes).toEqual(["upsert", "upsert", "upsert", "remove"]);
		expect(sizes).toEqual([1, 0, 1, 0]);
	});

	it("gives listeners the change with before and after entries", () => {
		const index = buildIndex(fixtureNotes("index"));
		const seen: IndexChange[] = [];
		index.subscribe((change) => seen.push(change));
		index.rename("index/veRL.md", "index/veRL2.md");
		expect(seen[0]).toMatchObject({ type: "rename", oldPath: "index/veRL.md", path: "index/veRL2.md", before: { name: "veRL" }, after: { name: "veRL2" } });
	});

	it("returns the same snapshot object until something changes", () => {
		const index = buildIndex(fixtureNotes("index"));
		const first = index.snapshot();
		expect(index.snapshot()).toBe(first);
		index.remove("index/Qwen2.md");
		expect(index.snapshot()).not.toBe(first);
	});
});

describe("listeners", () => {
	it("a throwing listener neither stops the others nor the change", () => {
		const index = createIndex();
		const heard: number[] = [];
		const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
		index.subscribe(() => {
			throw new Error("feature bug");
		});
		index.subscribe((_change, snapshot) => heard.push(snapshot.entryCount));
		expect(() => index.upsert("veRL.md", fixtureText("index/veRL.md"))).not.toThrow();
		expect(heard).toEqual([1]);
		expect(spy).toHaveBeenCalledTimes(1);
		spy.mockRestore();
	});
});
