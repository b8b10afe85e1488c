/**
 * @jest-environment jsdom
 */
/**
 * Import and export (CLI) over hostile input: the HTML export of the hostile vault carries no
 * markup from notes, and importing an outline never replaces a note that already exists.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, type CliRun } from "../support/run-cli-capture";
import { domSafety, SAFE } from "./support/dom-safety";
import { clearMarkers, codeRan, makeHostileVault } from "./support/hostile-vault";

jest.setTimeout(30_000);

let vault: { root: string; dispose: () => void };
beforeAll(() => {
	clearMarkers();
	vault = makeHostileVault();
});
afterAll(() => vault.dispose());

function atlas(cwd: string, ...argv: string[]): Promise<CliRun> {
	return cli(argv, cwd, new Date(2025, 6, 2, 14, 1, 48), { sampleVault: cwd });
}

test("the HTML export of the hostile vault shows note markup as text and links only http(s)", async () => {
	const target = join(vault.root, "..", `atlas-export-${process.pid}.html`);
	try {
		const { code } = await atlas(vault.root, "export", ".", "--format", "html", "-o", target, "--force");
		expect(code).toBe(0);
		const doc = new DOMParser().parseFromString(readFileSync(target, "utf8"), "text/html");
		expect(domSafety(doc.body)).toEqual(SAFE);
		expect([...doc.querySelectorAll("script")]).toHaveLength(0);
		expect(doc.body.textContent).toContain("<img src=x onerror=alert(9)>");
	} finally {
		rmSync(target, { force: true });
	}
	expect(codeRan()).toBe(false);
});

test("export refuses to replace an existing file without --force", async () => {
	const target = join(vault.root, "mine.json");
	writeFileSync(target, "my own file\n");
	const { code } = await atlas(vault.root, "export", ".", "--format", "json", "-o", target);
	expect(code).not.toBe(0);
	expect(readFileSync(target, "utf8")).toBe("my own file\n");
});

test("importing an outline twice, or over existing notes, never replaces a note", async () => {
	const dir = mkdtempSync(join(tmpdir(), "atlas-import-"));
	try {
		const outline = join(dir, "outline.md");
		writeFileSync(outline, "# 强化学习\n\n- veRL https://github.com/volcengine/verl\n- <img src=x onerror=alert(1)> javascript:alert(1)\n- EasyR1 基于 veRL\n\n# 部署\n\n- vLLM https://github.com/vllm-project/vllm\n");
		const out = join(dir, "Frameworks");
		expect((await atlas(dir, "import", outline, "--out", out)).code).toBe(0);
		const first = readdirSync(out).sort();
		expect(first.length).toBeGreaterThan(0);
		const mine = first[0]!;
		writeFileSync(join(out, mine), "edited by me after the import\n");
		await atlas(dir, "import", outline, "--out", out);
		expect(readdirSync(out).sort()).toEqual(first);
		expect(readFileSync(join(out, mine), "utf8")).toBe("edited by me after the import\n");
		expect(codeRan()).toBe(false);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
