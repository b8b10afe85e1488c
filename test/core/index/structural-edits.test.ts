import type { AtlasIndex } from "../../../src/core/index/atlas-index";
import { buildIndex } from "../../../src/core/index/build-index";
import type { IndexSnapshot } from "../../../src/core/index/index-snapshot";
import { withField } from "../../support/frontmatter-field";
import { fixtureNotes, fixtureText } from "../../support/note-fixtures";

/**
 * Each structural edit, one at a time, on the real index fixtures: the live snapshot after it must
 * equal a rebuild, and show what a reader expects (who nests under whom, which warnings appear).
 * In the fixtures, EasyR1 is based on veRL and EasyR1-Lite on EasyR1 (all rl), veRL Serving (deploy)
 * on veRL, MM-EUREKA on OpenRLHF; CycleA and CycleB name each other, Orphan names nothing.
 */
class LiveVault {
	readonly notes = new Map(fixtureNotes("index"));
	readonly index: AtlasIndex = buildIndex(this.notes);

	constructor() {
		// The first snapshot is computed in full; every edit after it goes the incremental way.
		this.index.snapshot();
	}

	field(path: string, field: string, value: string | null): IndexSnapshot {
		return this.write(path, withField(this.notes.get(path)!, field, value));
	}

	write(path: string, text: string): IndexSnapshot {
		this.notes.set(path, text);
		this.index.upsert(path, text);
		return this.checked();
	}

	rename(from: string, to: string): IndexSnapshot {
		this.notes.set(to, this.notes.get(from)!);
		this.notes.delete(from);
		this.index.rename(from, to);
		return this.checked();
	}

	remove(path: string): IndexSnapshot {
		this.notes.delete(path);
		this.index.remove(path);
		return this.checked();
	}

	private checked(): IndexSnapshot {
		const snapshot = this.index.snapshot();
		expect(snapshot).toEqual(buildIndex(this.notes).snapshot());
		return snapshot;
	}
}

/** One stage as a reader sees it: names indented by depth. */
function tree(snapshot: IndexSnapshot, stage: string): string[] {
	return snapshot.stages.find((g) => g.stage.id === stage)!.entries.map((p) => `${"  ".repeat(p.depth)}${p.entry.name}`);
}

function warned(snapshot: IndexSnapshot, code: string): string[] {
	return snapshot.warnings.filter((w) => w.code === code).map((w) => w.path);
}

describe("structural edits on a live index", () => {
	it("the fixtures nest as the cases below assume", () => {
		const vault = new LiveVault();
		expect(tree(vault.index.snapshot(), "rl")).toEqual(["OpenRLHF", "  MM-EUREKA", "Orphan", "veRL", "  EasyR1", "    EasyR1-Lite"]);
	});

	it("a based_on that closes a cycle leaves its members at top level; taking it out nests them again", () => {
		const vault = new LiveVault();
		const closed = vault.field("index/veRL.md", "based_on", '"[[EasyR1-Lite]]"');
		expect(tree(closed, "rl")).toEqual(["EasyR1", "EasyR1-Lite", "OpenRLHF", "  MM-EUREKA", "Orphan", "veRL"]);
		const opened = vault.field("index/veRL.md", "based_on", null);
		expect(tree(opened, "rl")).toEqual(["OpenRLHF", "  MM-EUREKA", "Orphan", "veRL", "  EasyR1", "    EasyR1-Lite"]);
	});

	it("a based_on that points at itself, then at a missing entry, then at one in another stage", () => {
		const vault = new LiveVault();
		expect(tree(vault.field("index/EasyR1.md", "based_on", '"[[EasyR1]]"'), "rl")).toEqual(["EasyR1", "  EasyR1-Lite", "OpenRLHF", "  MM-EUREKA", "Orphan", "veRL"]);
		const missing = vault.field("index/EasyR1.md", "based_on", "Nowhere");
		expect(warned(missing, "unresolved-parent")).toEqual(["index/EasyR1.md", "index/Orphan.md"]);
		const elsewhere = vault.field("index/EasyR1.md", "based_on", '"[[CycleA]]"');
		expect(elsewhere.stages.flatMap((g) => g.entries).find((p) => p.entry.path === "index/EasyR1.md")).toMatchObject({ parentPath: "index/CycleA.md", depth: 0 });
		expect(warned(elsewhere, "unresolved-parent")).toEqual(["index/Orphan.md"]);
	});

	it("the parent's file renamed away loses its derivatives their parent; renamed back, they nest again", () => {
		const vault = new LiveVault();
		const away = vault.rename("index/veRL.md", "Archive/veRL-old.md");
		expect(tree(away, "rl")).toEqual(["EasyR1", "  EasyR1-Lite", "OpenRLHF", "  MM-EUREKA", "Orphan", "veRL-old"]);
		expect(warned(away, "unresolved-parent")).toEqual(["index/EasyR1.md", "index/Orphan.md", "index/veRL-serving.md"]);
		// Another folder, the same file name: `[[veRL]]` finds it again.
		const back = vault.rename("Archive/veRL-old.md", "Frameworks/veRL.md");
		expect(tree(back, "rl")).toEqual(["OpenRLHF", "  MM-EUREKA", "Orphan", "veRL", "  EasyR1", "    EasyR1-Lite"]);
		expect(warned(back, "unresolved-parent")).toEqual(["index/Orphan.md"]);
	});

	it("a missing parent that appears takes its derivative; removed again, the derivative is an orphan again", () => {
		const vault = new LiveVault();
		const appeared = vault.write("Nowhere.md", "---\ntags: [framework]\nstage: rl\nrepo: https://github.com/example/nowhere\n---\n");
		expect(tree(appeared, "rl")).toEqual(["Nowhere", "  Orphan", "OpenRLHF", "  MM-EUREKA", "veRL", "  EasyR1", "    EasyR1-Lite"]);
		expect(warned(appeared, "unresolved-parent")).toEqual([]);
		const gone = vault.remove("Nowhere.md");
		expect(warned(gone, "unresolved-parent")).toEqual(["index/Orphan.md"]);
	});

	it("the parent moved to another stage takes the derivatives there along, and one the vocabulary does not know lists it under uncategorized", () => {
		const vault = new LiveVault();
		const deployed = vault.field("index/veRL.md", "stage", "serving");
		expect(tree(deployed, "rl")).toEqual(["EasyR1", "  EasyR1-Lite", "OpenRLHF", "  MM-EUREKA", "Orphan"]);
		expect(tree(deployed, "deploy")).toEqual(["veRL", "  veRL Serving"]);
		const unknown = vault.field("index/veRL.md", "stage", "quantum annealing");
		expect(tree(unknown, "deploy")).toEqual(["veRL Serving"]);
		expect(tree(unknown, "uncategorized")).toEqual(["Qwen2", "Qwen10", "veRL"]);
		expect(warned(unknown, "unknown-stage")).toEqual(["index/veRL.md"]);
	});

	it("a second entry named like the parent is a duplicate, and based_on picks the first in display order", () => {
		const vault = new LiveVault();
		const twice = vault.field("index/OpenRLHF.md", "name", "VERL");
		expect(warned(twice, "duplicate-name")).toEqual(["index/OpenRLHF.md", "index/veRL.md"]);
		// Equal names order by path: index/OpenRLHF.md comes first and is now EasyR1's parent too
		// (MM-EUREKA still finds it by its file name).
		expect(tree(twice, "rl")).toEqual(["Orphan", "VERL", "  EasyR1", "    EasyR1-Lite", "  MM-EUREKA", "veRL"]);
		const once = vault.field("index/OpenRLHF.md", "name", null);
		expect(warned(once, "duplicate-name")).toEqual([]);
	});

	it("a repo moved onto another entry's is a duplicate until it moves away", () => {
		const vault = new LiveVault();
		const shared = vault.field("index/EasyR1.md", "repo", "https://github.com/volcengine/verl/");
		expect(warned(shared, "duplicate-repo")).toEqual(["index/EasyR1.md", "index/veRL.md"]);
		expect(warned(vault.field("index/EasyR1.md", "repo", null), "duplicate-repo")).toEqual([]);
	});

	it("a parent that becomes a problem note leaves its derivatives unresolved, and comes back whole", () => {
		const vault = new LiveVault();
		const original = vault.notes.get("index/EasyR1.md")!;
		const broken = vault.write("index/EasyR1.md", fixtureText("index/broken.md"));
		expect(broken.problems.map((p) => p.path)).toEqual(["index/EasyR1.md", "index/broken.md"]);
		expect(tree(broken, "rl")).toEqual(["EasyR1-Lite", "OpenRLHF", "  MM-EUREKA", "Orphan", "veRL"]);
		expect(tree(vault.write("index/EasyR1.md", original), "rl")).toEqual(["OpenRLHF", "  MM-EUREKA", "Orphan", "veRL", "  EasyR1", "    EasyR1-Lite"]);
	});
});
