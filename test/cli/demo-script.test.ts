import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../support/run-cli-capture";
import { listMarkdownFiles } from "../../node/vault-files";

// Counted, not hard-coded, so adding a sample note does not break this test.
const SAMPLE_NOTES = listMarkdownFiles(join(REPO_ROOT, "sample-vault")).length;

const runDemo = (vault: string) =>
	execFileSync(process.execPath, [join(REPO_ROOT, "scripts", "demo.mjs")], { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, ATLAS_DEMO_VAULT: vault } });

describe("npm run demo (scripts/demo.mjs)", () => {
	const vault = mkdtempSync(join(tmpdir(), "atlas-demo-"));
	afterAll(() => rmSync(vault, { recursive: true, force: true }));

	it("writes the sample notes, installs and enables the plugin, and prints the index", () => {
		const out = runDemo(vault);
		expect(out).toContain(`(${SAMPLE_NOTES} notes copied, 0 kept as they were)`);
		expect(out).toContain("21 entries in 6 stages");
		expect(out).toContain("Reinforcement learning (10)");
		expect(out).toContain(`"Open folder as vault" → ${vault}`);
		const plugin = join(vault, ".obsidian", "plugins", "framework-atlas");
		for (const file of ["main.js", "manifest.json", "styles.css"]) expect(existsSync(join(plugin, file))).toBe(true);
		expect(readFileSync(join(plugin, "main.js"), "utf8")).toBe(readFileSync(join(REPO_ROOT, "main.js"), "utf8"));
		expect(JSON.parse(readFileSync(join(vault, ".obsidian", "community-plugins.json"), "utf8"))).toEqual(["framework-atlas"]);
	});

	it("keeps notes the user edited or added, and other enabled plugins, when run again", () => {
		const edited = join(vault, "Frameworks", "veRL.md");
		const editedText = readFileSync(edited, "utf8").replace("starred: true", "starred: false") + "\nMy own notes.\n";
		writeFileSync(edited, editedText);
		writeFileSync(join(vault, "Frameworks", "Mine.md"), "---\ntags: [framework]\nstage: pretrain\n---\n");
		writeFileSync(join(vault, ".obsidian", "community-plugins.json"), JSON.stringify(["dataview"]));
		const out = runDemo(vault);
		expect(out).toContain(`(0 notes copied, ${SAMPLE_NOTES} kept as they were)`);
		expect(out).toContain("22 entries in 6 stages");
		expect(out).toContain("Pre-training (1)\n  Mine");
		expect(out).toMatch(/^ {2}veRL {2}https/m);
		expect(readFileSync(edited, "utf8")).toBe(editedText);
		expect(JSON.parse(readFileSync(join(vault, ".obsidian", "community-plugins.json"), "utf8"))).toEqual(["dataview", "framework-atlas"]);
	});
});
