/** @jest-environment jsdom */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Component } from "../__mocks__/obsidian";
import { buildIndex } from "../../src/core/index/build-index";
import { englishLeftovers, uiText } from "../support/locale-tables";
import { withoutNoteText } from "../support/note-text";
import { loadPluginWithLanguage, type LoadedPlugin } from "../support/plugin-with-language";

const SAMPLE = join(__dirname, "../../sample-vault/Frameworks");
const NOTES = Object.fromEntries(readdirSync(SAMPLE).map((name) => [`Frameworks/${name}`, readFileSync(join(SAMPLE, name), "utf8")]));

const SNAPSHOT = buildIndex(Object.entries(NOTES)).snapshot();

/** What a user reads in the block, minus note content. */
const ownText = (el: HTMLElement) => withoutNoteText(uiText(el), SNAPSHOT);

/** A ```atlas block as Obsidian's reading view would host it: a container and a parent component. */
function mountBlock({ mock }: LoadedPlugin, source: string): { el: HTMLElement; host: Component } {
	const processor = mock.codeBlockProcessors.get("atlas") as (source: string, el: HTMLElement, ctx: unknown) => void;
	const host = new Component();
	host.load();
	const el = document.createElement("div");
	document.body.appendChild(el);
	processor(source, el, { sourcePath: "Notes/Reading.md", addChild: (child: Component) => host.addChild(child) });
	return { el, host };
}

/** Query syntax echoed back in error messages (the source, keyword suggestions) is not UI text. */
function syntaxWords(source: string): string[] {
	return [...source.split(/[^A-Za-z]+/).filter(Boolean), "stage"];
}

const QUERIES = [
	"explain\nstage:rl view:table",
	"explain\n#rl is:starred view:cards",
	"has:repo sort:date group:none",
	"stage:pretrain",
	"stge:rl",
	"stage:quantum",
	"(stage:rl",
	"limit:0",
];

describe("atlas code blocks in 中文", () => {
	it.each(QUERIES)("%j shows no English UI text", async (source) => {
		const loaded = await loadPluginWithLanguage("zh", { notes: NOTES });
		const { el } = mountBlock(loaded, source);
		const text = ownText(el);
		expect(text.length).toBeGreaterThan(0);
		expect(englishLeftovers(text, ["query", "dashboard", "language", "diagnostics"], syntaxWords(source))).toEqual([]);
	});

	it("the check is not vacuous: the same blocks in English are full of English UI text", async () => {
		const loaded = await loadPluginWithLanguage("en", { notes: NOTES });
		const found = QUERIES.flatMap((source) => englishLeftovers(ownText(mountBlock(loaded, source).el), ["query"]));
		expect(found.length).toBeGreaterThan(10);
	});
});

describe("switching the language redraws open blocks in place", () => {
	it("without remounting, re-reading or editing any note", async () => {
		const loaded = await loadPluginWithLanguage("en", { notes: NOTES });
		const before = new Map([...loaded.app.vault.files].map(([path, { text }]) => [path, text]));
		const modified: string[] = [];
		loaded.app.vault.on("modify", (file: { path: string }) => modified.push(file.path));
		const blocks = ["explain\nstage:rl view:table", "stge:rl"].map((source) => mountBlock(loaded, source));
		const english = blocks.map((b) => b.el.textContent);
		const roots = blocks.map((b) => b.el);

		const reads = jest.spyOn(loaded.app.vault, "read");
		const cachedReads = jest.spyOn(loaded.app.vault, "cachedRead");
		const { toggleLabelLanguage } = await import("../../src/plugin/toggle-language");
		await toggleLabelLanguage(loaded.plugin.context);
		expect(reads).not.toHaveBeenCalled();
		expect(cachedReads).not.toHaveBeenCalled();

		blocks.forEach((block, i) => {
			expect(block.el).toBe(roots[i]);
			expect(block.el.isConnected).toBe(true);
			expect(block.el.textContent).not.toBe(english[i]);
			expect(englishLeftovers(ownText(block.el), ["query"], syntaxWords("stge rl"))).toEqual([]);
		});
		expect(blocks[0]!.el.textContent).toContain("强化学习");

		await toggleLabelLanguage(loaded.plugin.context);
		expect(blocks.map((b) => b.el.textContent)).toEqual(english);
		expect(modified).toEqual([]);
		expect(new Map([...loaded.app.vault.files].map(([path, { text }]) => [path, text]))).toEqual(before);
	});

	it("a block that was removed stops listening", async () => {
		const loaded = await loadPluginWithLanguage("en", { notes: NOTES });
		const { el, host } = mountBlock(loaded, "stage:rl");
		host.unload();
		const frozen = el.textContent;
		const { toggleLabelLanguage } = await import("../../src/plugin/toggle-language");
		await toggleLabelLanguage(loaded.plugin.context);
		expect(el.textContent).toBe(frozen);
	});
});
