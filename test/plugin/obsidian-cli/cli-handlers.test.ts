/** @jest-environment jsdom */
import type { App } from "obsidian";
import { readVaultNotes } from "../../../node/vault-files";
import FrameworkAtlasPlugin from "../../../src/plugin/main";
import type { Plugin as MockPlugin } from "../../__mocks__/obsidian";
import { FakeApp } from "../../support/fake-app";
import { settle } from "../../support/plugin-with-language";
import { cli, SAMPLE_VAULT } from "../../support/run-cli-capture";

// The moment both sides see: the Markdown and HTML catalogues print the export date.
const NOW = new Date(2025, 6, 2, 14, 1, 48);

async function loaded(options: { withoutCliApi?: boolean } = {}) {
	const app = new FakeApp().seed(Object.fromEntries(readVaultNotes(SAMPLE_VAULT)));
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.2.0" } as never);
	const mock = plugin as unknown as MockPlugin;
	// An app before 1.12.2 has no registerCliHandler at all.
	if (options.withoutCliApi) (mock as { registerCliHandler?: unknown }).registerCliHandler = undefined;
	plugin.load();
	await settle();
	app.workspace.finishLayout();
	await settle();
	const run = (command: string, params: Record<string, string> = {}) => Promise.resolve(mock.cliHandlers.get(`framework-atlas:${command}`)!.handler(params));
	return { plugin, mock, run };
}

beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: ["nextTick", "setImmediate", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask"] }));
afterEach(() => jest.useRealTimers());

test("registers index, query and export as <plugin-id>:<action>, with their flags", async () => {
	const { mock } = await loaded();
	expect([...mock.cliHandlers.keys()]).toEqual(["framework-atlas:index", "framework-atlas:query", "framework-atlas:export"]);
	expect(mock.cliHandlers.get("framework-atlas:query")!.flags).toMatchObject({ query: { value: "<query>", required: true }, lang: { value: "<zh|en>" }, json: {} });
});

test("index answers with exactly what npx atlas index prints, in both languages and as JSON", async () => {
	const { run } = await loaded();
	expect(await run("index")).toBe((await cli(["index"])).out);
	expect(await run("index", { lang: "zh" })).toBe((await cli(["index", "--lang", "zh"])).out);
	expect(await run("index", { json: "true" })).toBe((await cli(["index", "--json"])).out);
});

test("query answers like npx atlas query, including a mistake with its caret", async () => {
	const { run } = await loaded();
	for (const query of ["stage:rl", "#rl sort:-date view:table", "是:星标"]) expect(await run("query", { query })).toBe((await cli(["query", query])).out);
	expect(await run("query", { query: "stage:rl", json: "true" })).toBe((await cli(["query", "stage:rl", "--json"])).out);
	const mistake = await cli(["query", "stag:rl", "--lang", "zh"]);
	expect(mistake.code).toBe(2);
	expect(await run("query", { query: "stag:rl", lang: "zh" })).toBe(mistake.err);
	expect(await run("query", {})).toBe('Give a query, for example: atlas query "#rl/grpo"\n');
});

test("export prints the catalogue like npx atlas export, in every format", async () => {
	const { run } = await loaded();
	for (const format of ["md", "json", "html"]) expect(await run("export", { format })).toBe((await cli(["export", "--format", format])).out);
	expect(await run("export", { format: "pdf" })).toBe('Format must be md, json or html, not "pdf"\n');
	expect(await run("index", { lang: "fr" })).toBe('Language must be "zh" or "en", not "fr"\n');
});

test("follows the live index, and leaves nothing registered after unload", async () => {
	const { plugin, mock, run } = await loaded();
	expect(await run("query", { query: "Megatron-Nemo" })).not.toContain("Megatron-Nemo");
	await (plugin.app as unknown as FakeApp).vault.create("Frameworks/Megatron-Nemo.md", "---\ntags: [framework]\nstage: pretrain\nname: Megatron-Nemo\n---\n");
	await settle();
	expect(await run("query", { query: "Megatron-Nemo" })).toContain("Megatron-Nemo");
	// Note text reaches the user's terminal through Obsidian's CLI too: control characters are made visible.
	await (plugin.app as unknown as FakeApp).vault.create("Frameworks/evil.md", "---\ntags: [framework]\nname: \"a\\e]52;c;cHduZWQ=\\u0007\\e[2Jb\"\n---\n");
	await settle();
	const listing = await run("index");
	expect(listing).toContain("a\\x1B]52;c;cHduZWQ=\\x07\\x1B[2Jb");
	expect([...listing].filter((c) => c === "\u001b" || c === "\u0007")).toEqual([]);
	plugin.unload();
	expect(mock.cliHandlers.size).toBe(0);
});

test("an app without the command-line API loads the plugin all the same", async () => {
	const { mock, plugin } = await loaded({ withoutCliApi: true });
	expect(mock.cliHandlers.size).toBe(0);
	expect(plugin.index.snapshot().entryCount).toBeGreaterThan(0);
});
