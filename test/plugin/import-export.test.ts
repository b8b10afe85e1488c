/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { App, TFile } from "obsidian";
import { indexToJson } from "../../src/core/export/entry-json";
import { repoFactsOf } from "../../src/core/repo-facts/facts-json";
import { readVaultNotes } from "../../node/vault-files";
import FrameworkAtlasPlugin from "../../src/plugin/main";
import { ExportCatalogueModal } from "../../src/plugin/import-export/export-catalogue-modal";
import { ImportOutlineModal } from "../../src/plugin/import-export/import-outline-modal";
import { vaultNoteCreator } from "../../src/plugin/vault-note-creator";
import { notices } from "../__mocks__/obsidian";
import { FakeApp } from "../support/fake-app";
import { withClock } from "../support/fake-context";

const ROOT = join(__dirname, "..", "..");
const OUTLINE = readFileSync(join(ROOT, "test", "fixtures", "outlines", "llm-frameworks-outline.md"), "utf8");
const MY_TRL = "---\ntags: [framework]\nstage: rl\nname: TRL\n---\n\nMy own TRL notes, written before the import.\n";

const settle = async () => {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

async function start(notes: Record<string, string>): Promise<{ app: FakeApp; plugin: FrameworkAtlasPlugin }> {
	const app = new FakeApp().seed(notes);
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
	await plugin.onload();
	app.workspace.finishLayout();
	await settle();
	return { app, plugin };
}

function command(plugin: FrameworkAtlasPlugin, id: string) {
	const found = (plugin as unknown as { commands: { id: string; checkCallback?: (checking: boolean) => boolean; callback?: () => void }[] }).commands.find((c) => c.id === id);
	if (!found) throw new Error(`no command ${id}`);
	return found;
}

beforeEach(() => {
	notices.length = 0;
	document.body.replaceChildren();
});

describe("Import outline note", () => {
	it("is available only on an active markdown note", async () => {
		const { app, plugin } = await start({ "Inbox/outline.md": OUTLINE, "Inbox/picture.png": "" });
		const run = command(plugin, "import-outline");
		expect(run.checkCallback!(true)).toBe(false);
		app.workspace.activeFile = app.vault.getFileByPath("Inbox/picture.png");
		expect(run.checkCallback!(true)).toBe(false);
		app.workspace.activeFile = app.vault.getFileByPath("Inbox/outline.md");
		expect(run.checkCallback!(true)).toBe(true);
		expect(document.querySelector(".atlas-import-preview")).toBeNull();
		expect(run.checkCallback!(false)).toBe(true);
		await settle();
		expect(document.querySelector(".atlas-import-preview")?.textContent).toContain("New notes (23)");
	});

	it("previews notes to create, notes to skip and where each line goes, then imports without overwriting", async () => {
		const { app, plugin } = await start({ "Inbox/outline.md": OUTLINE, "Frameworks/TRL.md": MY_TRL });
		const modal = new ImportOutlineModal(plugin.context, app.vault.getFileByPath("Inbox/outline.md") as unknown as TFile);
		modal.open();
		await modal.ready;
		const preview = modal.contentEl.querySelector(".atlas-import-preview")!;
		expect(Array.from(preview.querySelectorAll(".atlas-import-heading")).map((h) => h.textContent)).toEqual(["Stages found", "New notes (22)", "Already exist, skipped (1)", "Where each line goes"]);
		expect(preview.querySelector(".atlas-import-skip .atlas-import-path")?.textContent).toBe("Frameworks/TRL.md");
		const line58 = preview.querySelector('[data-line="58"]')!;
		expect(line58.querySelector(".atlas-import-text")?.textContent).toBe("### 🌈 OpenRLHF");
		expect(line58.querySelector(".atlas-import-target")?.textContent).toBe("Frameworks/OpenRLHF.md");
		expect(preview.querySelector('[data-line="103"] .atlas-import-target')?.textContent).toBe("Frameworks/TRL.md (Exists, not written)");
		expect(preview.querySelector('[data-line="3"] .atlas-import-target')?.textContent).toBe("Stage: Learning materials");

		await modal.runImport();
		expect(app.vault.text("Frameworks/TRL.md")).toBe(MY_TRL);
		expect(app.vault.text("Frameworks/OpenRLHF.md")).toContain("starred: true");
		expect(notices).toContain("Imported 22 notes into Frameworks; 1 skipped.");
		await settle();
		expect(plugin.index.snapshot().entryCount).toBe(21);
	});

	it("maps stage headings as chosen, adds the new stages to the stage list before writing, and indexes the entries under them", async () => {
		const outline = readFileSync(join(ROOT, "test", "fixtures", "outlines", "real", "open-source-frameworks-zh.md"), "utf8");
		const { app, plugin } = await start({ "Inbox/开源框架整理.md": outline });
		const modal = new ImportOutlineModal(plugin.context, app.vault.getFileByPath("Inbox/开源框架整理.md") as never);
		modal.open();
		await modal.ready;
		const row = (line: number) => modal.contentEl.querySelector<HTMLElement>(`.atlas-import-stage[data-line="${line}"]`)!;
		const choice = (line: number) => row(line).querySelector<HTMLSelectElement>("select")!;
		expect(choice(3).value).toBe("new");
		expect(choice(44).value).toBe("stage:deploy");
		expect(row(3).querySelector(".atlas-import-categories")?.textContent).toBe("Categories: SFT (1) · RL (11)");
		// The control is a real <select>: picking Deployment for 调度 replans.
		choice(26).value = "stage:deploy";
		choice(26).dispatchEvent(new Event("change"));
		expect(choice(26).value).toBe("stage:deploy");
		modal.choose("Ckpt", { kind: "uncategorized" });
		await modal.runImport();
		await settle();
		const stages = plugin.settings.stages.map((s) => s.labels.zh);
		expect(stages).toEqual(["学习素材", "预训练", "微调", "强化学习", "部署", "训练", "KV 管理", "算子与通信", "可观测", "云原生"]);
		expect((plugin as unknown as { data: { stages: unknown[] } }).data.stages).toHaveLength(10);
		const snapshot = plugin.index.snapshot();
		expect(snapshot.warnings).toEqual([]);
		const group = (label: string) => snapshot.stages.find((g) => g.stage.labels.zh === label)!.entries.map((p) => p.entry.name);
		expect(group("部署")).toEqual(expect.arrayContaining(["LLM-d", "Ray", "vLLM", "flashinfer"]));
		expect(group("训练")).toEqual(expect.arrayContaining(["Megatron", "LLaMA-Factory", "verl"]));
		expect(app.vault.text("Frameworks/Mooncake.md")).toContain("stage_heading: Ckpt");
		expect(app.vault.text("Frameworks/verl.md")).toContain("  - rl");
		expect(notices).toContain("Added 5 stages to the stage list: 训练, KV 管理, 算子与通信, 可观测, 云原生");
	});

	it("plans against the folder typed into the field", async () => {
		const { app, plugin } = await start({ "Inbox/outline.md": OUTLINE, "Frameworks/TRL.md": MY_TRL });
		const modal = new ImportOutlineModal(plugin.context, app.vault.getFileByPath("Inbox/outline.md") as unknown as TFile);
		modal.open();
		await modal.ready;
		modal.changeFolder("Research/LLM");
		expect(modal.contentEl.querySelector(".atlas-import-skip")).toBeNull();
		await modal.runImport();
		expect(app.vault.getFileByPath("Research/LLM/veRL.md")).not.toBeNull();
		expect(app.vault.folders.has("Research/LLM")).toBe(true);
		expect(app.vault.getFileByPath("Frameworks/veRL.md")).toBeNull();
	});

	it("reports a note that appeared after the preview as existing and leaves it alone", async () => {
		const app = new FakeApp();
		const creator = vaultNoteCreator(app as unknown as App);
		expect(await creator.create("A/b.md", "first")).toBe("created");
		expect(await creator.create("A/b.md", "second")).toBe("exists");
		expect(app.vault.text("A/b.md")).toBe("first");
		// A create that fails because the file just appeared is still "exists", never a replace.
		const racing = app as unknown as App;
		const original = app.vault.create.bind(app.vault);
		app.vault.create = async (path: string, text: string) => {
			await original(path, "someone else");
			return original(path, text);
		};
		expect(await vaultNoteCreator(racing).create("A/c.md", "mine")).toBe("exists");
		expect(app.vault.text("A/c.md")).toBe("someone else");
	});
});

describe("Export catalogue", () => {
	const sample = Object.fromEntries(readVaultNotes(join(ROOT, "sample-vault")));
	const now = () => new Date(2026, 10, 27, 10, 0);

	it("writes into the export folder under a new name each time, never overwriting", async () => {
		const { app, plugin } = await start(sample);
		expect(plugin.index.snapshot().entryCount).toBe(21);
		const modal = new ExportCatalogueModal(withClock(plugin.context, now()));
		expect(await modal.export("md")).toBe("Atlas exports/Catalogue 2026-11-27.md");
		expect(await modal.export("md")).toBe("Atlas exports/Catalogue 2026-11-27 2.md");
		expect(app.vault.text("Atlas exports/Catalogue 2026-11-27.md")).toBe(app.vault.text("Atlas exports/Catalogue 2026-11-27 2.md"));
		expect(app.vault.text("Atlas exports/Catalogue 2026-11-27.md")).toContain("- ★ **[veRL](https://github.com/volcengine/verl)**");
		expect(notices).toContain("Exported the catalogue to Atlas exports/Catalogue 2026-11-27 2.md");
		expect(await modal.export("html")).toBe("Atlas exports/Catalogue 2026-11-27.html");
		expect(app.vault.text("Atlas exports/Catalogue 2026-11-27.html")).toMatch(/^<!DOCTYPE html>/);
		const jsonPath = await modal.export("json");
		expect(JSON.parse(app.vault.text(jsonPath!))).toEqual(JSON.parse(JSON.stringify(indexToJson(plugin.index.snapshot(), "en", undefined, repoFactsOf(plugin.context.facts.lookup())))));
	});

	it("names and writes the catalogue in the label language", async () => {
		const { app, plugin } = await start(sample);
		await plugin.context.settings.update({ labelLanguage: "zh" });
		await plugin.context.settings.update({ exportFolder: "发布" });
		const path = await new ExportCatalogueModal(withClock(plugin.context, now())).export("md");
		expect(path).toBe("发布/框架目录 2026-11-27.md");
		expect(app.vault.text(path!)).toMatch(/^# 框架目录\n/);
	});

	it("opens a format picker from the command", async () => {
		const { plugin } = await start(sample);
		command(plugin, "export-catalogue").callback!();
		expect(document.body.textContent).toContain("Export catalogue");
		expect(document.body.textContent).toContain("Format");
	});
});
