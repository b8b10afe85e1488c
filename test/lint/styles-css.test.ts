/** The stylesheet check that `npm run lint` runs: styles.css passes, and a lost "}" is found with its line. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../support/run-cli-capture";

const SCRIPT = join(REPO_ROOT, "scripts", "check-css.mjs");
const check = (file: string) => spawnSync(process.execPath, [SCRIPT, file], { cwd: REPO_ROOT, encoding: "utf8" });

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), "atlas-css-"))));
afterEach(() => rmSync(root, { recursive: true, force: true }));
const sheet = (css: string): string => {
	const file = join(root, "styles.css");
	writeFileSync(file, css);
	return file;
};

test("styles.css has balanced braces and no rule nested inside another", () => {
	const run = check("styles.css");
	expect(run.stderr).toBe("");
	expect(run.status).toBe(0);
});

test("a rule that lost its closing brace is reported at the next selector's line, not silently nested", () => {
	const file = sheet(".a {\n\tcolor: red;\n\n/* next */\n.b {\n\tcolor: blue;\n}\n@media (min-width: 1px) {\n\t.c { color: green; }\n}\n");
	const run = check(file);
	expect(run.stderr.trim().split("\n")).toEqual([`${file}: line 5: ".b" is nested inside another rule (a "}" is missing above it)`, `${file}: end of file: 1 block(s) never closed`]);
	expect(run.status).toBe(1);
});

test("rules inside @media and @container, braces in comments and strings are not problems", () => {
	const run = check(sheet('@container x (min-width: 1px) {\n\t.a::before { content: "}{"; }\n}\n/* { */\n.b { color: red; }\n'));
	expect(run.stderr).toBe("");
	expect(run.status).toBe(0);
});
