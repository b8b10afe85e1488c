/**
 * @jest-environment jsdom
 */
/**
 * The dashboard over the hostile vault: it opens without an exception, shows every entry as a
 * card and every bad note in its issues list, and nothing it draws came from note markup.
 */
import type FrameworkAtlasPlugin from "../../src/plugin/main";
import type { FakeApp } from "../support/fake-app";
import { issuePaths, openDashboard, shownCardPaths } from "./support/dashboard-probe";
import { domSafety, SAFE } from "./support/dom-safety";
import { clearMarkers, codeRan, makeHostileVault, prototypePolluted, vaultNotes } from "./support/hostile-vault";
import { seededApp, settle, startPlugin } from "./support/plugin-harness";

// The whole hostile vault (a 5 MB note among it) on a busy 2-core machine, in parallel with other suites.
jest.setTimeout(30_000);

let app: FakeApp;
let plugin: FrameworkAtlasPlugin;
let root: HTMLElement;

beforeAll(async () => {
	clearMarkers();
	const vault = makeHostileVault();
	app = seededApp(vaultNotes(vault.root));
	vault.dispose();
	plugin = await startPlugin(app);
	root = await openDashboard(app);
});
afterAll(() => plugin.unload());

test("every entry has a card and every problem or warning is listed by path", async () => {
	const snapshot = plugin.index.snapshot();
	expect(shownCardPaths(root)).toEqual(plugin.index.entries().map((e) => e.path).sort());
	expect(await issuePaths(root)).toEqual([...new Set([...snapshot.problems, ...snapshot.warnings].map((d) => d.path))].sort());
});

test("no element, event handler or link in the dashboard came from note markup", () => {
	expect(domSafety(root)).toEqual(SAFE);
	expect(root.textContent).toContain("<img src=x onerror=alert(9)>");
	expect(root.textContent).toContain("<script>globalThis.__ATLAS_PWNED__=2</script>");
});

test("hovering, opening the card menu and pressing keys on every card throws nothing and runs nothing", async () => {
	const errors: unknown[] = [];
	const onError = (event: ErrorEvent) => errors.push(event.error);
	window.addEventListener("error", onError);
	for (const card of root.querySelectorAll<HTMLElement>(".atlas-card")) {
		card.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		card.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		card.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
	}
	await settle(2);
	window.removeEventListener("error", onError);
	expect(errors).toEqual([]);
	expect(codeRan()).toBe(false);
	expect(prototypePolluted()).toBe(false);
});

test("the dashboard follows the hostile notes as they change", async () => {
	app.vault.write("html/markup-parent.md", "---\ntags: [framework]\nname: <iframe src=javascript:alert(1)>\nstage: deploy\n---\n");
	await app.vault.delete(app.vault.getFileByPath("dupes/name-a.md")!);
	await app.vault.rename(app.vault.getFileByPath("proto/constructor.md")!, "proto/prototype.md");
	await settle(2);
	expect(shownCardPaths(root)).toEqual(plugin.index.entries().map((e) => e.path).sort());
	expect(root.textContent).toContain("<iframe src=javascript:alert(1)>");
	expect(domSafety(root)).toEqual(SAFE);
});
