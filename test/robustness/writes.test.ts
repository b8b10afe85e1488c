/**
 * @jest-environment jsdom
 */
/**
 * Writes never cost the user text: every edit goes through vault.process (which hands us the
 * note as it is at write time), new notes through vault.create (which refuses an existing path),
 * and no write replaces or truncates text the user did not ask to replace.
 */
import { TextDecoder as NodeTextDecoder } from "node:util";
import { addSourceToNote } from "../../src/plugin/templates/add-source-modal";
import { createEntryNote } from "../../src/plugin/templates/create-entry-note";
import { insertDatedSource } from "../../src/plugin/templates/insert-dated-source";
import type { EntryDraft } from "../../src/core/templates/entry-draft";
import type FrameworkAtlasPlugin from "../../src/plugin/main";
import { FakeApp } from "../support/fake-app";
import { FakeEditor } from "./support/fake-editor";
import { clearMarkers, codeRan, makeHostileVault, vaultNotes } from "./support/hostile-vault";
import { seededApp, settle, startPlugin } from "./support/plugin-harness";
import { withClock } from "../support/fake-context";

// The whole hostile vault (a 5 MB note among it) on a busy 2-core machine, in parallel with other suites.
jest.setTimeout(30_000);

globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

const NOW = new Date(Date.UTC(2025, 6, 2, 6, 1, 48));
const ENTRY = "---\ntags: [framework]\nname: veRL\nstage: rl\n---\n## Sources\n\n2025-06-30 16:37:19 Monday Old https://example.com/old\n\n## Notes\n\nmine\n";

/** Whether `original` survives inside `result` in order, only with additions (a character-level subsequence). */
function onlyAdded(original: string, result: string): boolean {
	let at = 0;
	for (let i = 0; i < result.length && at < original.length; i++) if (result[i] === original[at]) at++;
	return at === original.length;
}

let hostile: [string, string][];
beforeAll(() => {
	clearMarkers();
	const vault = makeHostileVault();
	hostile = vaultNotes(vault.root);
	vault.dispose();
});

describe("add source (vault.process)", () => {
	test("an edit made between process's read and its write is kept", async () => {
		const app = new FakeApp().seed({ "veRL.md": ENTRY });
		const plugin = await startPlugin(app);
		app.vault.beforeProcessWrite = (path) => app.vault.write(path, app.vault.text(path).replace("mine", "mine, typed meanwhile"));
		await addSourceToNote(withClock(plugin.context, NOW), app.vault.getFileByPath("veRL.md")!, "https://example.org/new", "New");
		const text = app.vault.text("veRL.md");
		expect(text).toContain("mine, typed meanwhile");
		expect(text).toContain("https://example.org/new");
		plugin.unload();
	});

	test("an edit made while the page title is being fetched is kept", async () => {
		const app = new FakeApp().seed({ "veRL.md": ENTRY });
		const plugin = await startPlugin(app, { fetchTitles: true });
		const fetcher = async () => {
			app.vault.write("veRL.md", app.vault.text("veRL.md") + "\nWritten by sync during the fetch.\n");
			return { status: 200, headers: { "content-type": "text/html" }, arrayBuffer: new TextEncoder().encode("<title>Fetched</title>").buffer };
		};
		await addSourceToNote(withClock(plugin.context, NOW), app.vault.getFileByPath("veRL.md")!, "https://example.org/new", "", { fetcher: fetcher as never });
		const text = app.vault.text("veRL.md");
		expect(text).toContain("Written by sync during the fetch.");
		expect(text).toContain("https://example.org/new");
		plugin.unload();
	});

	test("on every hostile note, adding a source only adds: not one character of the note is lost", async () => {
		const app = seededApp(hostile);
		const plugin = await startPlugin(app);
		for (const [path, original] of hostile) {
			await addSourceToNote(withClock(plugin.context, NOW), app.vault.getFileByPath(path)!, "https://example.org/added", "Added <b>title</b>");
			const result = app.vault.text(path);
			expect({ path, onlyAdded: onlyAdded(original, result) }).toEqual({ path, onlyAdded: true });
			expect(result.length - original.length).toBeLessThan(200);
			expect(result).toContain("https://example.org/added");
		}
		expect(codeRan()).toBe(false);
		plugin.unload();
	});

	test("a note deleted before the write is not recreated", async () => {
		const app = new FakeApp().seed({ "veRL.md": ENTRY });
		const plugin = await startPlugin(app);
		const file = app.vault.getFileByPath("veRL.md")!;
		await app.vault.delete(file);
		await addSourceToNote(withClock(plugin.context, NOW), file, "https://example.org/new", "New").catch(() => undefined);
		expect(app.vault.getFileByPath("veRL.md")).toBeNull();
		plugin.unload();
	});
});

describe("new entry (vault.create)", () => {
	// One app for the hostile-name cases: each creates a different note, each checks all the others.
	let shared: { app: FakeApp; plugin: FrameworkAtlasPlugin } | null = null;
	const hostileApp = async () => {
		if (!shared) {
			const app = seededApp(hostile);
			shared = { app, plugin: await startPlugin(app) };
		}
		return shared;
	};
	afterAll(() => shared?.plugin.unload());

	const draft = (name: string): EntryDraft => ({ name, stage: "rl", repo: null, tags: [], source: null });

	test("a name already taken (in any letter case) writes nothing and offers '<name> 2'", async () => {
		const app = new FakeApp().seed({ "Frameworks/VERL.md": "my own text\n" });
		const plugin = await startPlugin(app);
		const outcome = await createEntryNote(plugin.context, draft("veRL"), NOW);
		expect(outcome).toEqual({ kind: "exists", path: "Frameworks/VERL.md", numberedPath: "Frameworks/veRL 2.md" });
		expect([...app.vault.files.keys()]).toEqual(["Frameworks/VERL.md"]);
		expect(app.vault.text("Frameworks/VERL.md")).toBe("my own text\n");
		plugin.unload();
	});

	test("a note that appears at the path after the check (sync) is not replaced: create refuses, we report", async () => {
		const app = new FakeApp();
		const plugin = await startPlugin(app);
		const createFolder = app.vault.createFolder.bind(app.vault);
		app.vault.createFolder = async (path: string) => {
			const folder = await createFolder(path);
			if (!app.vault.getFileByPath("Frameworks/veRL.md")) await app.vault.create("Frameworks/veRL.md", "synced from another device\n");
			return folder;
		};
		const outcome = await createEntryNote(plugin.context, draft("veRL"), NOW);
		expect(outcome.kind).toBe("failed");
		expect(app.vault.text("Frameworks/veRL.md")).toBe("synced from another device\n");
		plugin.unload();
	});

	test.each([
		["path traversal", "../../outside"],
		["Windows-illegal characters", 'a<b>c:d"e|f?g*h'],
		["a reserved device name", "CON"],
		["markup", "<img src=x onerror=alert(1)>"],
		["prototype names", "__proto__"],
		["control characters", "bell\u0007 esc\u001b[31m nul\u0000"],
		["only dots", "..."],
	])("%s in the name: the note lands inside the entries folder and touches no other note", async (_, name) => {
		const { app, plugin } = await hostileApp();
		const before = new Map([...app.vault.files].map(([path, { text }]) => [path, text]));
		const outcome = await createEntryNote(plugin.context, draft(name), NOW);
		expect(outcome.kind).toBe("created");
		const created = outcome.kind === "created" ? outcome.file.path : "";
		expect(created).toMatch(/^Frameworks\/[^/]+\.md$/);
		expect(created).not.toMatch(/[<>:"|?*\p{Cc}]/u);
		for (const [path, text] of before) expect(app.vault.text(path)).toBe(text);
		expect(app.vault.files.size).toBe(before.size + 1);
		expect(codeRan()).toBe(false);
	});

	test("a template note holding code is used as text, never run", async () => {
		const template = '---js\n({ tags: ["framework"], name: (globalThis.__ATLAS_PWNED__ = "template") })\n---\n{{name}} <script>globalThis.__ATLAS_PWNED__ = 1</script>\n';
		const app = new FakeApp().seed({ "Templates/Entry.md": template });
		const plugin = await startPlugin(app, { templatePath: "Templates/Entry.md" });
		await createEntryNote(plugin.context, draft("veRL"), NOW);
		expect(codeRan()).toBe(false);
		expect(app.vault.text("Templates/Entry.md")).toBe(template);
		plugin.unload();
	});
});

describe("insert dated source (editor)", () => {
	test("the selection is replaced only when the user selected it; text selected meanwhile is never replaced", async () => {
		const app = new FakeApp();
		const plugin = await startPlugin(app, { fetchTitles: true });
		const editor = new FakeEditor("Intro line\nA paragraph the user selects while the title is fetched.\n");
		editor.select(0, 0);
		const fetcher = async () => {
			// The user keeps working: selects the whole second line.
			editor.select(11, editor.text.length - 1);
			return { status: 200, headers: { "content-type": "text/html" }, arrayBuffer: new TextEncoder().encode("<title>T</title>").buffer };
		};
		await insertDatedSource(withClock(plugin.context, NOW), editor.asEditor(), { readClipboard: async () => "https://example.org/c", fetcher: fetcher as never });
		await settle();
		expect(editor.text).toContain("A paragraph the user selects while the title is fetched.");
		expect(editor.text).toContain("Intro line");
		expect(editor.text).toContain("https://example.org/c");
		plugin.unload();
	});

	test("a selected URL becomes the source line: the user asked to replace it", async () => {
		const app = new FakeApp();
		const plugin = await startPlugin(app);
		const editor = new FakeEditor("see https://example.org/s here\n");
		editor.select(4, 25);
		await insertDatedSource(withClock(plugin.context, NOW), editor.asEditor(), { readClipboard: async () => "" });
		expect(editor.text).toMatch(/^see 2025-07-02 14:01:48 Wednesday .*https:\/\/example\.org\/s here\n$/);
		plugin.unload();
	});
});
