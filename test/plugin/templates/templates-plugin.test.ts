/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { App, Editor, TFile } from "obsidian";
import { __setLanguage, notices, type TextComponent } from "../../__mocks__/obsidian";
import { FakeApp } from "../../support/fake-app";
import FrameworkAtlasPlugin from "../../../src/plugin/main";
import { NewEntryModal } from "../../../src/plugin/templates/new-entry-modal";
import { addSourceToNote, openAddSourceModal } from "../../../src/plugin/templates/add-source-modal";
import { ExistsModal } from "../../../src/plugin/templates/exists-modal";
import { ListSuggest } from "../../../src/plugin/templates/input-suggests";
import { insertDatedSource } from "../../../src/plugin/templates/insert-dated-source";
import type { PageFetcher } from "../../../src/plugin/templates/title-fetcher";
import { parseNote } from "../../../src/core/parse/note-parser";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";

import { withClock } from "../../support/fake-context";
// 2025-07-02 14:01:48 Wednesday in Shanghai (the pinned jest zone).
const NOW = new Date(Date.UTC(2025, 6, 2, 6, 1, 48));
const ENTRY = "---\ntags: [framework, grpo]\nstage: rl\nname: veRL\n---\n## Sources\n\n2025-06-30 16:37:19 Monday Old https://example.com/old\n\n## Notes\n\nmine\n";

// jsdom lacks what Obsidian (Chromium) has: TextDecoder for charset decoding.
import { TextDecoder as NodeTextDecoder } from "node:util";
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function setup(notes: Record<string, string> = {}, language = "en") {
	__setLanguage(language);
	const app = new FakeApp().seed(notes);
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
	await plugin.onload();
	app.workspace.finishLayout();
	await flush();
	return { app, plugin };
}

afterEach(() => {
	document.body.replaceChildren();
	notices.length = 0;
	__setLanguage("en");
});

function fill(modal: object, values: Record<string, string>): Promise<void[]> {
	const inputs = (modal as unknown as { inputs: Map<string, TextComponent> }).inputs;
	return Promise.all(Object.entries(values).map(([key, value]) => inputs.get(key)!.simulate(value)));
}

function button(text: string): HTMLButtonElement {
	const found = [...document.body.querySelectorAll("button")].find((b) => b.textContent === text);
	if (!found) throw new Error(`no button "${text}" in ${document.body.textContent}`);
	return found;
}

const parse = (text: string) => parseNote("x.md", text, { entryTag: "framework", vocabulary: new StageVocabulary() });

describe("commands", () => {
	it("registers new-entry, insert-dated-source and add-source without hotkeys", async () => {
		const { plugin } = await setup();
		const commands = (plugin as unknown as { commands: { id: string; hotkeys?: unknown }[] }).commands;
		expect(commands.map((c) => c.id)).toEqual(expect.arrayContaining(["new-entry", "insert-dated-source", "add-source"]));
		expect(commands.every((c) => c.hotkeys === undefined)).toBe(true);
	});

	it("add-source is available only on an entry note", async () => {
		const { app, plugin } = await setup({ "Frameworks/veRL.md": ENTRY, "Daily.md": "# today\n" });
		const command = (plugin as unknown as { commands: { id: string; checkCallback: (c: boolean) => boolean }[] }).commands.find((c) => c.id === "add-source")!;
		app.workspace.activeFile = app.vault.getFileByPath("Daily.md");
		expect(command.checkCallback(true)).toBe(false);
		app.workspace.activeFile = app.vault.getFileByPath("Frameworks/veRL.md");
		expect(command.checkCallback(true)).toBe(true);
		expect(command.checkCallback(false)).toBe(true);
		expect(document.body.textContent).toContain("Add source: veRL");
	});
});

describe("new framework entry", () => {
	it("creates the note in the entries folder, opens it, and it parses back to what was typed", async () => {
		const { app, plugin } = await setup();
		const modal = new NewEntryModal(withClock(plugin.context, NOW), {});
		modal.open();
		await fill(modal, { name: "veRL: 火山 #1", stage: "Reinforcement learning", repo: "https://github.com/volcengine/verl", tags: "grpo, yes", sourceUrl: "https://example.com/a", sourceTitle: "Intro" });
		const outcome = await modal.submit();
		expect(outcome?.kind).toBe("created");
		const path = "Frameworks/veRL- 火山 -1.md";
		expect(app.workspace.opened).toEqual([path]);
		expect(parse(app.vault.text(path))).toMatchObject({
			kind: "entry",
			entry: { name: "veRL: 火山 #1", stage: "rl", tags: ["framework", "grpo", "yes"], sources: [{ date: "2025-07-02T14:01:48", title: "Intro", url: "https://example.com/a" }] },
		});
		expect(plugin.index.has(path)).toBe(true);
		expect(document.body.contains(modal.containerEl)).toBe(false);
	});

	it("shows a problem instead of creating a note with a bad repo or no name", async () => {
		const { app, plugin } = await setup();
		const modal = new NewEntryModal(withClock(plugin.context, NOW), {});
		modal.open();
		await fill(modal, { name: "x", repo: "javascript:alert(1)" });
		expect(await modal.submit()).toBeNull();
		expect(modal.contentEl.querySelector(".atlas-form-error")!.textContent).toBe("The repository link must be a web address.");
		await fill(modal, { name: "  ", repo: "" });
		expect(await modal.submit()).toBeNull();
		expect(app.vault.getFiles()).toEqual([]);
	});

	it.each([
		["en", "en", "## Summary", "## Sources", "Wednesday"],
		["zh", "auto", "## 简介", "## 来源", "Wednesday"],
	])("app language %s: headings follow the label language, the stored weekday stays English", async (appLanguage, labelLanguage, summary, sources, weekday) => {
		const { app, plugin } = await setup({}, appLanguage);
		await plugin.context.settings.update({ labelLanguage: labelLanguage as "en" | "auto" });
		const modal = new NewEntryModal(withClock(plugin.context, NOW), { name: "Roll", stage: "rl", sourceUrl: "https://x.org", sourceTitle: "t" });
		modal.open();
		await modal.submit();
		const text = app.vault.text("Frameworks/Roll.md");
		expect(text).toContain(`${summary}\n\n${sources}\n\n2025-07-02 14:01:48 ${weekday} t https://x.org`);
	});

	it("uses the template note from settings, and creates nested folders", async () => {
		const { app, plugin } = await setup({ "Templates/Entry.md": "---\ntags: [framework]\nsummary: \"{{name}} — {{stage}}\"\n---\n# {{name}}\n{{source}}\n" });
		await plugin.context.settings.update({ templatePath: "Templates/Entry" });
		await plugin.context.settings.update({ entriesFolder: "Research/LLM/Frameworks" });
		const modal = new NewEntryModal(withClock(plugin.context, NOW), { name: "SGLang", stage: "部署" });
		modal.open();
		await modal.submit();
		expect(app.vault.text("Research/LLM/Frameworks/SGLang.md")).toBe("---\ntags:\n  - framework\nsummary: SGLang — deploy\nstage: deploy\nname: SGLang\n---\n# SGLang\n\n");
		expect([...app.vault.folders]).toEqual(["Research", "Research/LLM", "Research/LLM/Frameworks"]);
	});

	it("a template note that is not there is told in a notice, and the built-in template is used", async () => {
		const { app, plugin } = await setup();
		await plugin.context.settings.update({ templatePath: "Templates/Gone" });
		const modal = new NewEntryModal(withClock(plugin.context, NOW), { name: "SGLang", stage: "deploy" });
		modal.open();
		expect((await modal.submit())?.kind).toBe("created");
		expect(notices).toContain("Template note Templates/Gone.md not found; using the built-in template.");
		expect(app.vault.text("Frameworks/SGLang.md")).toContain("name: SGLang");
	});

	describe("when the note exists", () => {
		const existing = { "Frameworks/veRL.md": "my own veRL notes\n", "Frameworks/veRL 2.md": "second\n" };

		it("'Create veRL 3' makes a numbered note and never touches the existing ones", async () => {
			const { app, plugin } = await setup(existing);
			const modal = new NewEntryModal(withClock(plugin.context, NOW), { name: "veRL", stage: "rl" });
			modal.open();
			expect((await modal.submit())?.kind).toBe("exists");
			expect(document.body.textContent).toContain("Frameworks/veRL.md already exists. Nothing will be replaced.");
			button("Create veRL 3").click();
			await flush();
			expect(app.vault.text("Frameworks/veRL.md")).toBe("my own veRL notes\n");
			expect(app.vault.text("Frameworks/veRL 2.md")).toBe("second\n");
			expect(parse(app.vault.text("Frameworks/veRL 3.md"))).toMatchObject({ kind: "entry", entry: { name: "veRL", stage: "rl" } });
			expect(app.workspace.opened).toEqual(["Frameworks/veRL 3.md"]);
		});

		it("'Open existing' opens it and creates nothing", async () => {
			const { app, plugin } = await setup(existing);
			const modal = new NewEntryModal(withClock(plugin.context, NOW), { name: "VERL", stage: "rl" });
			modal.open();
			expect((await modal.submit())?.kind).toBe("exists");
			button("Open existing").click();
			await flush();
			expect(app.workspace.opened).toEqual(["Frameworks/veRL.md"]);
			expect(app.vault.getFiles().map((f) => f.path).sort()).toEqual(["Frameworks/veRL 2.md", "Frameworks/veRL.md"]);
		});

		it("closing the question without a choice creates nothing", async () => {
			const { app, plugin } = await setup(existing);
			const choices: string[] = [];
			const question = new ExistsModal(app as unknown as App, plugin.language.i18n, "Frameworks/veRL.md", "Frameworks/veRL 3.md", (c) => void choices.push(c));
			question.open();
			expect(button("Create veRL 3")).toBeDefined();
			question.close();
			await flush();
			expect(choices).toEqual(["cancel"]);
			expect(app.vault.getFiles()).toHaveLength(2);
		});

		it("vault.create refusing (a note appeared meanwhile) is reported, not overwritten", async () => {
			const { app, plugin } = await setup();
			const create = app.vault.create.bind(app.vault);
			app.vault.create = async (path: string, text: string) => {
				app.vault.files.set(path, { file: new (await import("../../__mocks__/obsidian")).TFile(path), text: "raced in\n" });
				return create(path, text);
			};
			const modal = new NewEntryModal(withClock(plugin.context, NOW), { name: "veRL", stage: "rl" });
			modal.open();
			expect((await modal.submit())?.kind).toBe("failed");
			expect(app.vault.text("Frameworks/veRL.md")).toBe("raced in\n");
			expect(notices.at(-1)).toContain("Could not create Frameworks/veRL.md");
		});
	});
});

describe("suggestions", () => {
	it("suggests stages in the active language and tags already used by entries", async () => {
		const { plugin } = await setup({ "A.md": ENTRY, "B.md": ENTRY.replace("grpo", "ppo, grpo"), "C.md": ENTRY.replace("grpo", "sft") }, "zh");
		const modal = new NewEntryModal(withClock(plugin.context, NOW), {}) as unknown as { stageLabels(): string[]; knownTags(): string[] };
		expect(modal.stageLabels()).toEqual(["学习素材", "预训练", "微调", "强化学习", "部署", "未分类"]);
		expect(modal.knownTags()).toEqual(["grpo", "ppo", "sft"]);
	});

	it("completes the last item of a comma-separated tag field", async () => {
		const { app } = await setup();
		const input = document.createElement("input");
		const chosen: string[] = [];
		const suggest = new ListSuggest(app as unknown as App, input, () => ["grpo", "ppo", "强化"], (v) => chosen.push(v), true);
		expect(suggest.getSuggestions("grpo, P")).toEqual(["ppo"]);
		expect(suggest.getSuggestions("p")).toEqual(["ppo", "grpo"]);
		expect(suggest.getSuggestions("#强")).toEqual(["强化"]);
		input.value = "grpo, p";
		suggest.selectSuggestion("ppo");
		expect(input.value).toBe("grpo, ppo, ");
		expect(chosen).toEqual(["grpo, ppo, "]);
	});
});

describe("add source to entry", () => {
	it("appends under Sources through vault.process and keeps an edit made meanwhile", async () => {
		const { app, plugin } = await setup({ "Frameworks/veRL.md": ENTRY });
		const file = app.vault.getFileByPath("Frameworks/veRL.md") as unknown as TFile;
		app.vault.beforeProcessWrite = (path) => app.vault.write(path, app.vault.text(path).replace("mine", "mine, typed meanwhile"));
		await addSourceToNote(withClock(plugin.context, NOW), file, "https://example.com/new", "New");
		expect(app.vault.text("Frameworks/veRL.md")).toBe(
			ENTRY.replace("old\n", "old\n2025-07-02 14:01:48 Wednesday New https://example.com/new\n").replace("mine", "mine, typed meanwhile"),
		);
		expect(plugin.index.entry("Frameworks/veRL.md")!.sources).toHaveLength(2);
	});

	it("the modal (also used by the dashboard card menu) validates the URL and adds the line", async () => {
		const { app, plugin } = await setup({ "Frameworks/veRL.md": ENTRY });
		const file = app.vault.getFileByPath("Frameworks/veRL.md") as unknown as TFile;
		const modal = openAddSourceModal(withClock(plugin.context, NOW), file);
		const [url, title] = [...modal.contentEl.querySelectorAll("input")];
		expect(url).toBeDefined();
		expect(title).toBeDefined();
		const components = (modal as unknown as { url: string; title: string });
		components.url = "not a url";
		expect(await modal.submit()).toBe(false);
		expect(modal.contentEl.textContent).toContain("Enter a web address.");
		components.url = "https://example.com/x";
		components.title = "标题：冒号";
		expect(await modal.submit()).toBe(true);
		expect(app.vault.text("Frameworks/veRL.md")).toContain("old\n2025-07-02 14:01:48 Wednesday 标题：冒号 https://example.com/x\n\n## Notes");
	});

	it("fetches the page title (GBK page) only when the setting is on", async () => {
		const { app, plugin } = await setup({ "Frameworks/veRL.md": ENTRY });
		const file = app.vault.getFileByPath("Frameworks/veRL.md") as unknown as TFile;
		const gbk = readFileSync(join(__dirname, "../../fixtures/pages/gbk-meta.html"));
		const requested: string[] = [];
		const fetcher: PageFetcher = async (url) => (requested.push(url), { bytes: new Uint8Array(gbk), contentType: "text/html" });
		await addSourceToNote(withClock(plugin.context, NOW), file, "https://a.example", "", { fetcher });
		expect(requested).toEqual([]);
		await plugin.context.settings.update({ fetchTitles: true });
		await addSourceToNote(withClock(plugin.context, NOW), file, "https://b.example", "", { fetcher });
		await addSourceToNote(withClock(plugin.context, NOW), file, "https://c.example", "Manual", { fetcher });
		expect(requested).toEqual(["https://b.example"]);
		const text = app.vault.text("Frameworks/veRL.md");
		expect(text).toContain("Wednesday https://a.example\n2025-07-02 14:01:48 Wednesday 强化学习入门指南 —— 从 RLHF 到 GRPO https://b.example\n2025-07-02 14:01:48 Wednesday Manual https://c.example\n");
		const failing: PageFetcher = async () => {
			throw new Error("offline");
		};
		await addSourceToNote(withClock(plugin.context, NOW), file, "https://d.example", "", { fetcher: failing });
		expect(app.vault.text("Frameworks/veRL.md")).toContain("Wednesday https://d.example\n");
		expect(notices).toContain("Could not fetch the page title; using the title you entered.");
	});
});

describe("insert dated source", () => {
	function editor(selection: string) {
		const inserted: string[] = [];
		return { inserted, editor: { getSelection: () => selection, replaceSelection: (t: string) => inserted.push(t) } as unknown as Editor };
	}

	it.each([
		["[盘一盘](https://mp.weixin.qq.com/s/1)", "", "2025-07-02 14:01:48 Wednesday 盘一盘 https://mp.weixin.qq.com/s/1"],
		["a selected title", "https://x.org/clip", "2025-07-02 14:01:48 Wednesday a selected title https://x.org/clip"],
		["", "[Clip title](https://x.org/c)", "2025-07-02 14:01:48 Wednesday Clip title https://x.org/c"],
		["no url anywhere", "nothing here", "2025-07-02 14:01:48 Wednesday no url anywhere"],
	])("selection %j, clipboard %j", async (selection, clipboard, expected) => {
		const { plugin } = await setup({}, "zh");
		const { inserted, editor: ed } = editor(selection);
		await insertDatedSource(withClock(plugin.context, NOW), ed, { readClipboard: async () => clipboard });
		expect(inserted).toEqual([expected]);
	});

	it("tolerates a clipboard that cannot be read, and writes 星期三 when asked", async () => {
		const { plugin } = await setup();
		await plugin.context.settings.update({ weekdayLanguage: "zh" });
		const { inserted, editor: ed } = editor("");
		await insertDatedSource(withClock(plugin.context, NOW), ed, { readClipboard: () => Promise.reject(new Error("denied")) });
		expect(inserted).toEqual(["2025-07-02 14:01:48 星期三"]);
		expect(notices).toContain("No URL in the selection or clipboard; inserted the date only.");
	});
});

describe("settings section", () => {
	it("shows its heading and five settings, with the placeholder list", async () => {
		const { plugin } = await setup();
		const tab = (plugin as unknown as { settingTabs: { containerEl: HTMLElement; display(): void }[] }).settingTabs[0]!;
		tab.display();
		const text = tab.containerEl.textContent ?? "";
		for (const name of ["Templates and sources", "Entries folder", "Template note", "Dated source format", "Weekday language in source lines", "Fetch page titles"]) expect(text).toContain(name);
		expect(text).toContain("{{name}} {{stage}} {{repo}} {{tags}} {{date}} {{time}} {{weekday}} {{source}}");
	});
});
