/**
 * Both bundles ship only js-yaml's loader and core schema (esbuild.config.mjs): no dumper, no YAML 1.1
 * types, and gray-matter's default engines (js-yaml 3 and an eval) replaced by a stand-in that refuses. These run the real built files
 * (the jest global setup builds them) to show that trimming changed nothing about how notes are read
 * and written, in the plugin bundle and the CLI alike.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseNote } from "../../src/core/parse/note-parser";
import { DEFAULT_OPTIONS, fixtureText } from "../support/note-fixtures";
import { REPO_ROOT } from "../support/run-cli-capture";

interface Entry {
	path: string;
	name: string;
	tags: string[];
	sources: { date: string }[];
}

const BROKEN = "---\ntags: [framework]\nname: [broken\n---\n";

const BUNDLES = { plugin: join(REPO_ROOT, "main.js"), cli: join(REPO_ROOT, "dist", "cli.js") };

describe.each(Object.entries(BUNDLES))("the %s bundle's YAML", (_name, file) => {
	const source = readFileSync(file, "utf8");

	it("has the YAML 1.2 core loader and nothing else of js-yaml", () => {
		expect(source).toContain("tag:yaml.org,2002:int");
		expect(source).toContain("tag:yaml.org,2002:float");
		for (const dropped of ["tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary", "tag:yaml.org,2002:omap", "tag:yaml.org,2002:set", "unacceptable kind of an object to dump"]) {
			expect([dropped, source.includes(dropped)]).toEqual([dropped, false]);
		}
	});

	it("gives gray-matter refusing default engines: no js-yaml 3 (dates as Dates) and no eval of front matter", () => {
		expect(source).toContain("gray-matter's default engines are not bundled");
		expect(source).not.toMatch(/\bsafeLoad\b/);
		expect(source).not.toMatch(/\beval\b/);
	});
});

describe("the built CLI reads and writes notes like the plugin", () => {
	let vault: string;
	beforeAll(() => {
		vault = mkdtempSync(join(tmpdir(), "atlas-bundle-yaml-"));
		mkdirSync(join(vault, "Frameworks"));
		writeFileSync(join(vault, "Frameworks", "dates.md"), fixtureText("fields/dates-as-text.md"));
		writeFileSync(join(vault, "Frameworks", "js.md"), fixtureText("unsafe/frontmatter-js.md"));
		writeFileSync(join(vault, "Frameworks", "broken.md"), BROKEN);
	});
	afterAll(() => rmSync(vault, { recursive: true, force: true }));

	const atlas = (...argv: string[]) => spawnSync(process.execPath, [join(REPO_ROOT, "bin", "atlas.js"), ...argv], { cwd: REPO_ROOT, encoding: "utf8" });

	it("writes tricky names with its own YAML writer and reads them back exactly", () => {
		const names = ["yes", "a: b #c", "[[veRL]]", "多模态：二创 🌈 @x"];
		for (const name of names) expect(atlas("new", vault, "--name", name, "--stage", "rl", "--tags", "no, 0x1F, null, 2025-07-02").status).toBe(0);
		const result = atlas("index", vault, "--json");
		expect(result.status).toBe(0);
		const index = JSON.parse(result.stdout) as { stages: { entries: Entry[] }[]; problems: { path: string; message: string }[] };
		const entries = index.stages.flatMap((stage) => stage.entries);
		const written = entries.filter((e) => e.path !== "Frameworks/dates.md");
		expect(written.map((e) => e.name).sort()).toEqual([...names].sort());
		for (const entry of written) expect(entry.tags).toEqual(["framework", "no", "0x1F", "null", "2025-07-02"]);
		// YAML 1.1 would have made these a Date at UTC midnight and the number 750.
		expect(entries.find((e) => e.path === "Frameworks/dates.md")?.sources.map((s) => s.date)).toEqual(["2025-07-02", "2025-07-02T00:30:00", "2025-12-31T23:59:00", "2025-01-01T00:00:01"]);
		// The bundles leave out js-yaml's source excerpt; the first line of the error, all we show, is the same.
		const unbundled = parseNote("Frameworks/broken.md", BROKEN, DEFAULT_OPTIONS);
		const error = unbundled.kind === "problem" ? unbundled.problem.params.error! : "";
		expect(error).toMatch(/flow collection \(4:1\)$/);
		expect(index.problems).toEqual([
			{ path: "Frameworks/broken.md", message: `Frontmatter is not valid YAML: ${error}` },
			{ path: "Frameworks/js.md", message: expect.stringContaining("code in notes is never run") },
		]);
	});
});
