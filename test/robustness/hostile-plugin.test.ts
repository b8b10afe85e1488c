/**
 * @jest-environment jsdom
 */
/**
 * The plugin's own path over the hostile vault: FakeApp holds the notes, the real plugin class
 * loads, and its live index must equal the core's answer for every note Obsidian shows
 * frontmatter for (`---js` notes have none in Obsidian, so the plugin never even reads them).
 */
import { buildIndex } from "../../src/core/index/build-index";
import { INVISIBLE_TO_OBSIDIAN } from "./support/hostile-expectations";
import { clearMarkers, codeRan, makeHostileVault, prototypePolluted, vaultNotes } from "./support/hostile-vault";
import { seededApp, startPlugin } from "./support/plugin-harness";

// The whole hostile vault (a 5 MB note among it) on a busy 2-core machine, in parallel with other suites.
jest.setTimeout(30_000);

let notes: [string, string][];
beforeAll(() => {
	clearMarkers();
	const vault = makeHostileVault();
	notes = vaultNotes(vault.root);
	vault.dispose();
});

test("the live index equals the core index of the same notes; nothing ran, nothing leaked", async () => {
	const app = seededApp(notes);
	const plugin = await startPlugin(app);
	const expected = buildIndex(notes.filter(([path]) => !INVISIBLE_TO_OBSIDIAN.includes(path))).snapshot();
	expect(expected.entryCount).toBeGreaterThan(40);
	expect(plugin.index.snapshot()).toEqual(expected);
	expect(codeRan()).toBe(false);
	expect(prototypePolluted()).toBe(false);
	plugin.unload();
});

test("a note that turns from entry to non-entry to entry again follows each step live", async () => {
	const app = seededApp(notes);
	const plugin = await startPlugin(app);
	const flip = "sequence/flip.md";
	const has = () => plugin.index.entries().some((e) => e.path === flip);
	const problem = () => plugin.index.snapshot().problems.find((d) => d.path === flip);
	expect(has()).toBe(true);
	app.vault.write(flip, "---\ntags: [reading]\nname: Flip\n---\nNot an entry any more.\n");
	expect([has(), problem()]).toEqual([false, undefined]);
	app.vault.write(flip, "---\ntags: [framework\nname: Flip\n---\nBroken YAML while typing.\n");
	expect([has(), problem()?.code]).toEqual([false, "yaml-invalid"]);
	app.vault.write(flip, "Frontmatter removed entirely.\n");
	expect([has(), problem()]).toEqual([false, undefined]);
	app.vault.write(flip, "---\ntags: [framework]\nname: Flip\nstage: deploy\n---\nAn entry again.\n");
	expect([has(), plugin.index.entry(flip)?.stage]).toEqual([true, "deploy"]);
	app.vault.write(flip, "---js\n({ tags: ['framework'] })\n---\n");
	expect([has(), codeRan()]).toEqual([false, false]);
	plugin.unload();
});
