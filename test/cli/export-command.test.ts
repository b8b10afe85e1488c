import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { atlas } from "../support/cli-run";

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "atlas-export-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("atlas export", () => {
	it.each(["en", "zh"])("--format json prints exactly the atlas index --json document (%s)", async (lang) => {
		const exported = await atlas(["export", "--format", "json", "--lang", lang]);
		const index = await atlas(["index", "--json", "--lang", lang]);
		expect(exported.code).toBe(0);
		expect(exported.out).toBe(index.out);
		expect(JSON.parse(exported.out).stages).toHaveLength(6);
	});

	it("prints Markdown by default and HTML on request, dated by the local day", async () => {
		const md = await atlas(["export"]);
		expect(md.out.startsWith("# Framework catalogue\n")).toBe(true);
		expect(md.out).toContain("Exported 2026-11-27 from Framework Atlas");
		const html = await atlas(["export", "--format", "html", "--lang", "zh"]);
		expect(html.out).toContain('<html lang="zh-CN">');
	});

	it("writes -o FILE, refuses to overwrite it, and overwrites only with --force", async () => {
		const file = join(dir, "catalogue.md");
		const first = await atlas(["export", "--format", "md", "-o", file]);
		expect(first).toMatchObject({ code: 0, out: "" });
		expect(first.err).toContain(`Wrote ${file}`);
		expect(readFileSync(file, "utf8")).toContain("## Reinforcement learning");
		writeFileSync(file, "keep me");
		const second = await atlas(["export", "--format", "html", "-o", file]);
		expect(second.code).toBe(1);
		expect(second.err).toContain(`${file} already exists; pass --force to overwrite it`);
		expect(readFileSync(file, "utf8")).toBe("keep me");
		const forced = await atlas(["export", "--format", "html", "-o", file, "--force"]);
		expect(forced.code).toBe(0);
		expect(readFileSync(file, "utf8")).toMatch(/^<!DOCTYPE html>/);
	});

	it.each([
		[["export", "--format", "pdf"], 'Format must be md, json or html, not "pdf"'],
		[["export", "no-such-vault"], "No vault folder at"],
		[["export", "--format"], "Option --format needs a value"],
		[["export", "--lang", "fr"], 'Language must be "zh" or "en"'],
	])("exits 2 on usage errors: %j", async (argv, message) => {
		const run = await atlas(argv, dir);
		expect(run.code).toBe(2);
		expect(run.err).toContain(message);
		expect(existsSync(join(dir, "catalogue.md"))).toBe(false);
	});
});
