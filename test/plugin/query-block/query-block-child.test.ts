/** @jest-environment jsdom */
import { Component } from "obsidian";
import type { Plugin as MockPlugin } from "../../__mocks__/obsidian";
import { readVaultNotes } from "../../../node/vault-files";
import type FrameworkAtlasPlugin from "../../../src/plugin/main";
import type { QueryBlockChild } from "../../../src/plugin/query-block/query-block-child";
import { toggleLabelLanguage } from "../../../src/plugin/toggle-language";
import { MANIFEST, settle } from "../../robustness/support/plugin-harness";
import { FakeApp } from "../../support/fake-app";
import { SAMPLE_VAULT } from "../../support/sample-index";
import PluginClass from "../../../src/plugin/main";
import type { App } from "obsidian";

type Processor = (source: string, el: HTMLElement, ctx: { sourcePath: string; addChild(child: Component): void }) => void;

/** The plugin loaded on a FakeApp holding the sample vault; layout not ready yet, so the index is still empty. */
async function loadPlugin(): Promise<{ app: FakeApp; plugin: FrameworkAtlasPlugin }> {
	const app = new FakeApp().seed(Object.fromEntries(readVaultNotes(SAMPLE_VAULT)));
	const plugin = new PluginClass(app as unknown as App, MANIFEST);
	plugin.load();
	// onload awaits loadData before registering features.
	await settle();
	return { app, plugin };
}

/** Runs the registered ```atlas processor the way Obsidian does for a block in a note being rendered. */
function renderBlock(plugin: FrameworkAtlasPlugin, source: string): { el: HTMLElement; host: Component; child: () => QueryBlockChild } {
	const processor = (plugin as unknown as MockPlugin).codeBlockProcessors.get("atlas") as Processor;
	const el = document.createElement("div");
	const host = new Component();
	host.load();
	let added: QueryBlockChild | null = null;
	processor(source, el, { sourcePath: "Atlas queries.md", addChild: (child) => ((added = child as QueryBlockChild), host.addChild(child)) });
	return { el, host, child: () => added! };
}

const names = (el: HTMLElement) => [...el.querySelectorAll(".atlas-query-link")].map((a) => a.textContent);

describe("```atlas code block", () => {
	it("registers the atlas language and unregisters it on unload", async () => {
		const { app, plugin } = await loadPlugin();
		expect((plugin as unknown as MockPlugin).codeBlockProcessors.has("atlas")).toBe(true);
		app.workspace.finishLayout();
		await settle();
		plugin.unload();
		expect((plugin as unknown as MockPlugin).codeBlockProcessors.has("atlas")).toBe(false);
	});

	it("renders before the index is ready, then again on its first reset", async () => {
		const { app, plugin } = await loadPlugin();
		const { el } = renderBlock(plugin, "#rl/grpo");
		expect(el.querySelector(".atlas-query-empty")).not.toBeNull();
		app.workspace.finishLayout();
		await settle();
		expect(names(el)).toEqual(["TRL", "veRL", "EasyR1"]);
		plugin.unload();
	});

	it("re-renders on a relevant change only, and stops listening when the block goes away", async () => {
		const { app, plugin } = await loadPlugin();
		app.workspace.finishLayout();
		await settle();
		const { el, host, child } = renderBlock(plugin, "#rl/grpo");
		const count = child().renderCount;

		// vLLM neither matched nor matches: nothing to redraw.
		app.vault.write("Frameworks/vLLM.md", app.vault.text("Frameworks/vLLM.md").replace("# vLLM", "# vLLM\n\nedited"));
		await settle();
		expect(plugin.index.entry("Frameworks/vLLM.md")).not.toBeNull();
		expect(child().renderCount).toBe(count);

		// vLLM gains the tag: it now matches.
		app.vault.write("Frameworks/vLLM.md", app.vault.text("Frameworks/vLLM.md").replace("tags: [framework]", "tags: [framework, rl/grpo]"));
		await settle();
		expect(child().renderCount).toBe(count + 1);
		expect(names(el)).toContain("vLLM");

		// A shown entry is deleted.
		await app.vault.delete(app.vault.getFileByPath("Frameworks/TRL.md")!);
		await settle();
		expect(child().renderCount).toBe(count + 2);
		expect(names(el)).not.toContain("TRL");

		host.unload();
		app.vault.write("Frameworks/veRL.md", app.vault.text("Frameworks/veRL.md").replace("tags: [framework, rl/grpo]", "tags: [framework]"));
		await settle();
		await toggleLabelLanguage(plugin.context);
		expect(child().renderCount).toBe(count + 2);
		expect(names(el)).toContain("veRL");
		plugin.unload();
	});

	it("a matrix block redraws when a body #tag makes a note match, not on an unrelated edit", async () => {
		const { app, plugin } = await loadPlugin();
		app.workspace.finishLayout();
		await settle();
		const { el, child } = renderBlock(plugin, "#rl columns:#rl sort:name");
		const rows = () => [...el.querySelectorAll(".atlas-matrix tbody th")].map((th) => th.textContent);
		expect(rows()).toEqual(["EasyR1", "TinyZero", "TRL", "★veRL"]);
		const count = child().renderCount;

		app.vault.write("Frameworks/SGLang.md", app.vault.text("Frameworks/SGLang.md") + "\nedited, still no tag\n");
		await settle();
		expect(child().renderCount).toBe(count);

		// A tag written in the body counts: SGLang joins with a new column.
		app.vault.write("Frameworks/SGLang.md", app.vault.text("Frameworks/SGLang.md") + "\nUsed for rollouts. #rl/rollout\n");
		await settle();
		expect(child().renderCount).toBe(count + 1);
		expect(rows()).toEqual(["EasyR1", "SGLang", "TinyZero", "TRL", "★veRL"]);
		expect([...el.querySelectorAll(".atlas-matrix thead th")].map((th) => th.textContent)).toEqual(["Name", "dpo", "grpo", "ppo", "rollout"]);
		plugin.unload();
	});

	it("a timeline block shows a dated line added to a matching note", async () => {
		const { app, plugin } = await loadPlugin();
		app.workspace.finishLayout();
		await settle();
		const { el } = renderBlock(plugin, "stage:rl view:timeline");
		expect(el.querySelector(".atlas-query-empty")?.textContent).toBe("None of these entries has a dated source.");
		app.vault.write("Frameworks/TRL.md", app.vault.text("Frameworks/TRL.md") + "\n2025-07-01 00:30:00 Tuesday GRPO trainer docs https://huggingface.co/docs/trl\n");
		await settle();
		expect([...el.querySelectorAll(".atlas-chart-bar")].map((g) => g.getAttribute("data-month"))).toEqual(["2025-07"]);
		expect(el.querySelector(".atlas-timeline-source")?.textContent).toBe("2025-07-01 00:30TRL—GRPO trainer docs");
		plugin.unload();
	});

	it("follows the label language toggle", async () => {
		const { app, plugin } = await loadPlugin();
		app.workspace.finishLayout();
		await settle();
		await plugin.context.settings.update({ labelLanguage: "en" });
		const { el } = renderBlock(plugin, "is:starred");
		expect(el.querySelector(".atlas-query-group-heading")?.textContent).toBe("Reinforcement learning (2)");
		await toggleLabelLanguage(plugin.context);
		expect(el.querySelector(".atlas-query-group-heading")?.textContent).toBe("强化学习（2）");
		plugin.unload();
	});

	it("shows a query error inline and opens notes from links", async () => {
		const { app, plugin } = await loadPlugin();
		app.workspace.finishLayout();
		await settle();
		const bad = renderBlock(plugin, "stag:rl");
		expect(bad.el.querySelector(".atlas-query-error-message")?.textContent).toMatch(/Did you mean "stage:"/);
		const good = renderBlock(plugin, "repo:volcengine");
		good.el.querySelector<HTMLAnchorElement>(".atlas-query-link")!.click();
		expect(app.workspace.openedLinks).toEqual([{ linktext: "Frameworks/veRL.md", sourcePath: "Atlas queries.md", newLeaf: false }]);
		plugin.unload();
	});
});
