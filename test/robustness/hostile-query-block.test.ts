/**
 * @jest-environment jsdom
 */
/**
 * ```atlas query blocks over the hostile vault, through the plugin's registered processor:
 * every view and every odd query renders without an exception, shows note text as text, and
 * creates no element, handler or link from note content.
 */
import type { MarkdownPostProcessorContext } from "obsidian";
import type FrameworkAtlasPlugin from "../../src/plugin/main";
import type { Component, Plugin as MockPlugin } from "../__mocks__/obsidian";
import { domSafety, SAFE } from "./support/dom-safety";
import { clearMarkers, codeRan, makeHostileVault, prototypePolluted, vaultNotes } from "./support/hostile-vault";
import { seededApp, settle, startPlugin } from "./support/plugin-harness";

// The whole hostile vault (a 5 MB note among it) on a busy 2-core machine, in parallel with other suites.
jest.setTimeout(30_000);

let plugin: FrameworkAtlasPlugin;
const children: Component[] = [];

beforeAll(async () => {
	clearMarkers();
	const vault = makeHostileVault();
	const notes = vaultNotes(vault.root);
	vault.dispose();
	plugin = await startPlugin(seededApp(notes));
});
afterAll(() => {
	for (const child of children.splice(0)) child.unload();
	plugin.unload();
});

async function renderBlock(source: string): Promise<HTMLElement> {
	const handler = (plugin as unknown as MockPlugin).codeBlockProcessors.get("atlas");
	const el = document.body.appendChild(document.createElement("div"));
	const ctx = {
		sourcePath: "Atlas.md",
		addChild: (child: Component) => {
			child.load();
			children.push(child);
		},
		getSectionInfo: () => null,
	} as unknown as MarkdownPostProcessorContext;
	await handler(source, el, ctx);
	await settle(1);
	return el;
}

const QUERIES = [
	"",
	"view:list",
	"view:table",
	"view:cards",
	"group:none sort:date",
	"view:table sort:stage limit:1000",
	"explain\nview:cards",
	"tag:<img src=x onerror=alert(1)>",
	'"<script>globalThis.__ATLAS_PWNED__=9</script>"',
	"based:[[__proto__]] view:table",
	"based:[[constructor]]",
	"repo:javascript:alert(1)",
	"stage:<svg/onload=alert(1)>",
	"limit:99999999999999999999999",
	"after:2025-02-30 before:9999-99-99",
	'"unbalanced quote',
	"tag:" + "a".repeat(100_000),
	"explain\n" + "tag:x ".repeat(5000),
	"{{count}} $t(query.results.basedOn)",
	"\u0000\u001b[31m\u202e",
];

test.each(QUERIES.map((q) => [q.length > 60 ? `${q.slice(0, 40)}… (${q.length} chars)` : JSON.stringify(q), q]))("query %s renders safely", async (_, query) => {
	const el = await renderBlock(query);
	expect(el.childElementCount).toBeGreaterThan(0);
	expect(domSafety(el)).toEqual(SAFE);
	expect(codeRan()).toBe(false);
});

test("note markup is shown as text: names, summaries and stages appear literally", async () => {
	const el = await renderBlock("view:table");
	expect(el.textContent).toContain("<img src=x onerror=alert(9)>");
	expect(el.textContent).toContain("<script>globalThis.__ATLAS_PWNED__=2</script>");
	const cards = await renderBlock("view:cards");
	expect(cards.textContent).toContain("<script>globalThis.__ATLAS_PWNED__=2</script>");
	expect(domSafety(cards)).toEqual(SAFE);
});

test("the note whose file name looks like a javascript: URL is linked without that scheme", async () => {
	const el = await renderBlock("view:list");
	const link = [...el.querySelectorAll("a")].find((a) => a.textContent === "javascript:alert(document.domain)");
	expect(link).toBeDefined();
	expect(domSafety(el).unsafeHrefs).toEqual([]);
});

test("after all of it, no code ran and no prototype was touched", () => {
	expect(codeRan()).toBe(false);
	expect(prototypePolluted()).toBe(false);
});
