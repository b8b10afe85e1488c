/** The cycle check that `npm run lint` runs: it must see type-only cycles and pass on src/. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../support/run-cli-capture";

const SCRIPT = join(REPO_ROOT, "scripts", "check-import-cycles.mjs");
const check = (folder: string) => spawnSync(process.execPath, [SCRIPT, folder], { cwd: REPO_ROOT, encoding: "utf8" });

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), "atlas-cycles-"))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function files(tree: Record<string, string>): void {
	for (const [path, text] of Object.entries(tree)) {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}

test("src/ has no import cycle", () => {
	const run = check("src");
	expect(run.stderr).toBe("");
	expect(run.status).toBe(0);
});

test("a cycle through a type-only import (the plugin class in a feature) is reported with its files", () => {
	files({
		"plugin/main.ts": 'import { FEATURES } from "./features";\nexport default class Plugin { features = FEATURES; }\n',
		"plugin/features.ts": 'import { dashboard } from "./dashboard/register";\nexport const FEATURES = [dashboard];\n',
		"plugin/dashboard/register.ts": 'import type Plugin from "../main";\nexport const dashboard = (plugin: Plugin) => plugin;\n',
		"plugin/unrelated.ts": 'import { FEATURES } from "./features";\nexport const n = FEATURES.length;\n',
	});
	const run = check(root);
	expect(run.status).toBe(1);
	expect(run.stderr).toContain("Import cycle among 3 files:");
	for (const file of ["plugin/main.ts", "plugin/features.ts", "plugin/dashboard/register.ts"]) expect(run.stderr).toContain(join(file));
	expect(run.stderr).not.toContain("unrelated.ts");
});

test("imports in comments and strings, packages and a chain without a loop are not cycles", () => {
	files({
		"a.ts": '// import { b } from "./b";\nimport { c } from "./c";\nimport { x } from "obsidian";\nexport const a = c + x + "import \'./b\'";\n',
		"b.ts": 'import { a } from "./a";\nexport const b = a;\n',
		"c/index.ts": 'export const c = "c";\n',
	});
	const run = check(root);
	expect(run.stderr).toBe("");
	expect(run.status).toBe(0);
});

test("a file re-exporting itself through another is a cycle too", () => {
	files({ "a.ts": 'export * from "./b";\nexport const a = 1;\n', "b.ts": 'export { a as b } from "./a";\n' });
	expect(check(root).status).toBe(1);
});
