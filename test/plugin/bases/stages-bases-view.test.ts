/** @jest-environment jsdom */
import type { App } from "obsidian";
import { load } from "js-yaml";
import FrameworkAtlasPlugin from "../../../src/plugin/main";
import { createAtlasBase } from "../../../src/plugin/bases/register-bases";
import { BASES_VIEW_ID } from "../../../src/core/bases/atlas-base-file";
import type { BasesViewRegistration } from "../../../src/plugin/bases/bases-api";
import { FakeApp } from "../../support/fake-app";
import { sampleVaultNotes } from "../../support/dashboard-notes";
import { FakeBasesHost } from "../../support/fake-bases";

// Obsidian 1.10+ exports BasesView; the npm 1.8.7 mock does not. Add the official shape for this file.
// Read lazily: the fake's module imports the mock itself.
jest.mock("obsidian", () => ({
	...jest.requireActual("../../__mocks__/obsidian"),
	get BasesView() {
		return jest.requireActual("../../support/fake-bases").BasesView;
	},
}));

const settle = async (): Promise<void> => {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => window.setTimeout(resolve, 0));
};

const SLIME = "Frameworks/slime.md";
const SLIME_NOTE = "---\ntags: [framework/rl]\nname: slime\nstarred: true\n---\n\n## Sources\n2025-06-30 09:12:00 Monday slime 0.1 https://github.com/THUDM/slime\n2025-08-01 10:00:00 Friday slime v0.2 https://github.com/THUDM/slime/releases\n";

interface Loaded {
	app: FakeApp;
	plugin: FrameworkAtlasPlugin;
	registered: Map<string, BasesViewRegistration>;
	commands: { id: string; name: string; callback: () => void }[];
}

async function loadPlugin(bases: "on" | "off" | "absent", stored: unknown = null): Promise<Loaded> {
	const app = new FakeApp().seed({ ...Object.fromEntries(sampleVaultNotes()), [SLIME]: SLIME_NOTE });
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
	const registered = new Map<string, BasesViewRegistration>();
	if (bases !== "absent") {
		(plugin as unknown as { registerBasesView: unknown }).registerBasesView = (id: string, registration: BasesViewRegistration) => {
			if (bases === "off") return false;
			registered.set(id, registration);
			return true;
		};
	}
	(plugin as unknown as { data: unknown }).data = stored;
	plugin.load();
	await settle();
	app.workspace.finishLayout();
	await settle();
	return { app, plugin, registered, commands: (plugin as unknown as Loaded).commands };
}

/** Every note of the vault tagged as an entry, with its frontmatter, as a base filtered on the tag returns them. */
function baseResults(app: FakeApp, paths?: string[]): [string, Record<string, unknown>][] {
	return [...app.vault.files.keys()]
		.filter((path) => path.endsWith(".md") && (paths === undefined || paths.includes(path)))
		.sort()
		.flatMap((path) => {
			const frontmatter = app.metadataCache.getFileCache(app.vault.getFileByPath(path)!)?.frontmatter;
			return frontmatter && JSON.stringify(frontmatter.tags ?? "").includes("framework") ? [[path, frontmatter] as [string, Record<string, unknown>]] : [];
		});
}

const columns = (host: FakeBasesHost) => [...host.container.querySelectorAll<HTMLElement>(".atlas-stage")].map((s) => s.dataset.stage);
const labels = (host: FakeBasesHost) => [...host.container.querySelectorAll(".atlas-stage-label")].map((l) => l.textContent);
const cardsIn = (host: FakeBasesHost, stage: string) =>
	[...host.container.querySelectorAll<HTMLElement>(`.atlas-stage[data-stage="${stage}"] .atlas-card`)].map((c) => c.querySelector(".atlas-card-name")!.textContent);

describe("Framework Atlas stages (Bases view)", () => {
	let host: FakeBasesHost | null = null;
	afterEach(() => {
		host?.close();
		host = null;
	});

	it("registers the view and the create-base command where Bases is on", async () => {
		const { registered, commands } = await loadPlugin("on");
		const registration = registered.get(BASES_VIEW_ID)!;
		expect(registration.name).toBe("Framework Atlas stages");
		expect(registration.options?.({ get: () => undefined }).map((o) => o.key)).toEqual(["stageProperty", "layout"]);
		expect(commands.map((c) => c.name)).toContain("Create a base for the atlas");
	});

	it.each(["off", "absent"] as const)("with Bases %s: no view, no command, the dashboard still works", async (bases) => {
		const { registered, commands, plugin } = await loadPlugin(bases);
		expect(registered.size).toBe(0);
		expect(commands.map((c) => c.id)).not.toContain("create-atlas-base");
		expect(commands.map((c) => c.id)).toContain("open-dashboard");
		expect(plugin.index.snapshot().entryCount).toBeGreaterThan(10);
	});

	it("shows the base's results in stage columns, empty stages included, derivatives nested, ★ and newest source", async () => {
		const { app, registered } = await loadPlugin("on");
		host = new FakeBasesHost(registered.get(BASES_VIEW_ID)!.factory);
		host.open();
		host.results(baseResults(app));
		expect(columns(host)).toEqual(["learning", "pretrain", "finetune", "rl", "deploy", "uncategorized"]);
		expect(labels(host)).toEqual(["Learning materials", "Pre-training", "Fine-tuning", "Reinforcement learning", "Deployment", "Uncategorized"]);
		expect(host.container.querySelector('.atlas-stage[data-stage="pretrain"] .atlas-stage-empty')!.hasAttribute("hidden")).toBe(false);
		const rl = [...host.container.querySelectorAll<HTMLElement>('.atlas-stage[data-stage="rl"] .atlas-card')];
		const verl = rl.find((c) => c.dataset.path === "Frameworks/veRL.md")!;
		expect(verl.querySelector(".atlas-card-star")?.textContent).toBe("★");
		// EasyR1 is based on veRL: it follows veRL, indented.
		const easy = rl.find((c) => c.dataset.path === "Frameworks/EasyR1.md")!;
		expect(rl.indexOf(easy)).toBeGreaterThan(rl.indexOf(verl));
		expect(easy.classList.contains("atlas-card-derivative")).toBe(true);
		// A nested-tag entry (no stage line) with body sources: ★ and the newest source, as on the dashboard.
		const slime = rl.find((c) => c.dataset.path === SLIME)!;
		expect(slime.querySelector(".atlas-card-star")?.textContent).toBe("★");
		expect(slime.querySelector(".atlas-card-source-title")?.textContent).toBe("slime v0.2");
		expect(slime.querySelector(".atlas-card-source-count")?.textContent).toBe("2 sources");
		expect(host.container.querySelector(".atlas-stages-board")).not.toBeNull();
	});

	it("follows new results (onDataUpdated) and the label language", async () => {
		const { app, plugin, registered } = await loadPlugin("on");
		host = new FakeBasesHost(registered.get(BASES_VIEW_ID)!.factory);
		host.open({ layout: "list" });
		host.results(baseResults(app, ["Frameworks/veRL.md", "Frameworks/SGLang.md"]));
		expect(cardsIn(host, "rl")).toEqual(["veRL"]);
		expect(host.container.querySelector(".atlas-stages-list")).not.toBeNull();
		host.results(baseResults(app, ["Frameworks/SGLang.md"]));
		expect(cardsIn(host, "rl")).toEqual([]);
		expect(cardsIn(host, "deploy")).toEqual(["SGLang"]);
		await plugin.context.settings.update({ labelLanguage: "zh" });
		expect(labels(host)).toEqual(["学习素材", "预训练", "微调", "强化学习", "部署", "未分类"]);
	});

	it("reads the stage from the configured property; cards move only when it is the atlas's stage", async () => {
		const { app, registered } = await loadPlugin("on");
		host = new FakeBasesHost(registered.get(BASES_VIEW_ID)!.factory);
		host.open({ stageProperty: "phase" });
		host.results(baseResults(app, ["Frameworks/veRL.md"]).map(([path, fm]) => [path, { ...fm, phase: "部署" }]));
		expect(cardsIn(host, "deploy")).toEqual(["veRL"]);
		expect(host.container.querySelector(".atlas-card")!.hasAttribute("draggable")).toBe(false);
	});

	it("a drag on its board writes the same one-line edit as the dashboard", async () => {
		const { app, registered } = await loadPlugin("on");
		host = new FakeBasesHost(registered.get(BASES_VIEW_ID)!.factory);
		host.open();
		host.results(baseResults(app));
		const before = app.vault.text("Frameworks/veRL.md");
		const card = host.container.querySelector<HTMLElement>('.atlas-card[data-path="Frameworks/veRL.md"]')!;
		card.dispatchEvent(new Event("dragstart", { bubbles: true }));
		const target = host.container.querySelector<HTMLElement>('.atlas-stage[data-stage="deploy"]')!;
		target.dispatchEvent(new Event("dragover", { bubbles: true, cancelable: true }));
		target.dispatchEvent(new Event("drop", { bubbles: true, cancelable: true }));
		await settle();
		expect(app.vault.text("Frameworks/veRL.md")).toBe(before.replace("\nstage: rl\n", "\nstage: deploy\n"));
		// Bases re-runs the query after the write; the view follows.
		host.results(baseResults(app));
		expect(cardsIn(host, "deploy")).toContain("veRL");
	});

	it("unloads with its controller, leaving no DOM and no listener behind", async () => {
		const { app, plugin, registered } = await loadPlugin("on");
		host = new FakeBasesHost(registered.get(BASES_VIEW_ID)!.factory);
		host.open();
		host.results(baseResults(app));
		host.controller.unload();
		expect(host.container.children).toHaveLength(0);
		await plugin.context.settings.update({ labelLanguage: "zh" });
		expect(host.container.children).toHaveLength(0);
	});
});

describe("Create a base for the atlas", () => {
	it("writes a new .base (never over an existing one) filtered on the entry tag, with a table and the stages view", async () => {
		const { app, plugin } = await loadPlugin("on", { entryTag: "llm/framework" });
		await app.vault.create("Frameworks/Framework Atlas.base", "mine\n");
		const path = await createAtlasBase(plugin.context);
		expect(path).toBe("Frameworks/Framework Atlas 2.base");
		expect(app.vault.text("Frameworks/Framework Atlas.base")).toBe("mine\n");
		const base = load(app.vault.text(path)) as { filters: { and: string[] }; views: { type: string; name: string; order: string[] }[]; properties: Record<string, { displayName: string }> };
		expect(base.filters).toEqual({ and: ['file.hasTag("llm/framework")'] });
		expect(base.views.map((v) => [v.type, v.name])).toEqual([
			["table", "Table"],
			[BASES_VIEW_ID, "Framework Atlas stages"],
		]);
		expect(base.views[0]!.order).toEqual(["file.name", "stage", "repo", "starred", "based_on", "summary"]);
		expect(base.properties["note.stage"]).toEqual({ displayName: "Stage" });
		expect(await createAtlasBase(plugin.context)).toBe("Frameworks/Framework Atlas 3.base");
	});
});
