/** @jest-environment jsdom */
import { notices } from "../../__mocks__/obsidian";
import { loadPluginWithLanguage, runCommand, settle } from "../../support/plugin-with-language";

const NOTES = {
	"Frameworks/veRL.md": "---\r\nname: veRL\r\ntags: framework, rl # old\r\n---\r\nbody\r\n",
	"Frameworks/vLLM.md": "---\ntag: framework\nstage: deploy\n---\n",
	"Frameworks/Unsloth.md": "---\ntags:\n  - framework\n---\n",
	"Notes/reading.md": "---\ntags: papers, rl\n---\n",
};

const modal = () => document.body.querySelector<HTMLElement>(".atlas-fix-tags-list")?.parentElement ?? null;
const button = (text: string) => [...document.body.querySelectorAll("button")].find((b) => b.textContent === text)!;

afterEach(() => {
	document.body.replaceChildren();
	notices.length = 0;
});

test("lists the entries Obsidian cannot read, the active note first, with a preview of the lines that change", async () => {
	const { app, mock } = await loadPluginWithLanguage("en", { notes: NOTES });
	app.workspace.activeFile = app.vault.getFileByPath("Frameworks/vLLM.md");
	await runCommand(mock, "fix-tag-format");
	await settle();
	const rows = [...modal()!.querySelectorAll(".atlas-fix-tags-note")];
	expect(rows.map((row) => row.querySelector(".setting-item > div")!.textContent)).toEqual(["Frameworks/vLLM.md", "Frameworks/veRL.md"]);
	expect([...rows[1]!.querySelectorAll("pre div")].map((line) => line.textContent)).toEqual(["- tags: framework, rl # old", "+ tags: # old", "+   - framework", "+   - rl"]);
	expect(app.vault.text("Frameworks/veRL.md")).toBe(NOTES["Frameworks/veRL.md"]);
});

test("fixes one note from its row, then the rest with Fix all; only the tags lines change", async () => {
	const { app, mock, plugin } = await loadPluginWithLanguage("en", { notes: NOTES });
	await runCommand(mock, "fix-tag-format");
	await settle();
	modal()!.querySelectorAll<HTMLButtonElement>(".atlas-fix-tags-note button")[0]!.click();
	await settle();
	expect(app.vault.text("Frameworks/vLLM.md")).toBe("---\ntags:\n  - framework\nstage: deploy\n---\n");
	expect(app.vault.text("Frameworks/veRL.md")).toBe(NOTES["Frameworks/veRL.md"]);
	expect(notices).toEqual(["Fixed the tags of 1 note."]);
	button("Fix 1 note").click();
	await settle();
	expect(app.vault.text("Frameworks/veRL.md")).toBe("---\r\nname: veRL\r\ntags: # old\r\n  - framework\r\n  - rl\r\n---\r\nbody\r\n");
	expect(app.vault.text("Notes/reading.md")).toBe(NOTES["Notes/reading.md"]);
	expect(app.vault.text("Frameworks/Unsloth.md")).toBe(NOTES["Frameworks/Unsloth.md"]);
	expect(modal()).toBeNull();
	// The live index re-read both notes: no entry is left with a legacy-tags warning.
	expect(plugin.index.snapshot().warnings.filter((w) => w.code.startsWith("tags-legacy"))).toEqual([]);
});

test("an edit made after the preview is kept: the fix runs on the latest text", async () => {
	const { app, mock } = await loadPluginWithLanguage("zh", { notes: NOTES });
	await runCommand(mock, "fix-tag-format");
	await settle();
	app.vault.write("Frameworks/vLLM.md", "---\ntag: framework\nstage: deploy\nstarred: true\n---\nnew line\n");
	button("全部修正（2 篇）").click();
	await settle();
	expect(app.vault.text("Frameworks/vLLM.md")).toBe("---\ntags:\n  - framework\nstage: deploy\nstarred: true\n---\nnew line\n");
	expect(notices).toEqual(["已修正 2 篇笔记的标签。"]);
});

test("says so when there is nothing to fix", async () => {
	const { mock } = await loadPluginWithLanguage("en", { notes: { "Frameworks/Unsloth.md": NOTES["Frameworks/Unsloth.md"] } });
	await runCommand(mock, "fix-tag-format");
	await settle();
	expect(document.body.textContent).toContain("Every entry's tags are already written as a list.");
});
