/**
 * No control character from note or outline text reaches the terminal, whatever the command: every
 * command in the registry runs over the hostile vault (escape sequences, OSC 8 links, bells, NULs,
 * C1 controls in names, paths, tags, titles and outline lines), in both languages, text and JSON
 * where it has both, and stdout and stderr carry only printable text and line breaks.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../../src/cli/command-registry";
import { cli } from "../support/run-cli-capture";
import { makeHostileVault } from "./support/hostile-vault";

jest.setTimeout(60_000);

const CONFIG_DIR = ".obsidian";
const ESCAPES = "\u001b[31mRED\u001b[0m \u001b]8;;https://evil.example\u0007LINK\u001b]8;;\u0007 \u009b2J \u0000NUL \r\u0008BACK";
const OUTLINE = ["# 开源框架 " + ESCAPES, "", "## 强化学习", "", `### veRL ${ESCAPES}`, "", `https://github.com/volcengine/verl ${ESCAPES}`, "", `- [${ESCAPES}](https://example.org/x)`, ""].join("\n");

/**
 * Commands whose output still carries raw control characters until the sanitizing at the CLI's
 * output boundary (issue-13b) is merged; this test passes in full against that branch. Empty this
 * list after merging it: jest reports a `.failing` test that starts passing as a failure.
 */
const UNSANITIZED_UNTIL_13B: string[] = [];

/** Every way each command is run here; a command missing from this table fails the test. */
const RUNS: Record<string, (root: string, lang: string, n: number) => string[][]> = {
	index: (root) => [["index", root], ["index", root, "--json"], ["index", root, "--strict"]],
	query: (root) => [["query", root, "RED"], ["query", root, "LINK\nexplain"], ["query", root, "-is:starred", "--json"], ["query", root, `stage:${ESCAPES}`], ["query", root, `"${ESCAPES}`]],
	new: (root, _lang, n) => [["new", root, "--name", `${ESCAPES} ${n}`, "--stage", `rl`], ["new", root, "--name", `x${n}`, "--stage", ESCAPES]],
	"add-source": (root) => [
		["add-source", join(root, "injection", "terminal-escapes.md"), "--url", "https://example.org/a", "--title", ESCAPES],
		["add-source", join(root, "nope", `${ESCAPES}.md`), "--url", "https://example.org/a"],
		["add-source", join(root, "injection", "terminal-escapes.md"), "--url", `https://example.org/${ESCAPES}`],
	],
	import: (root, _lang, n) => [["import", join(root, "outline.md"), "--out", join(root, `imported-${n}`)], ["import", join(root, "outline.md"), "--out", join(root, `imported-${n}`), "--json"], ["import", join(root, "outline.md"), "--out", join(root, `dry-${n}`), "--dry-run"]],
	"fix-tags": (root) => [["fix-tags", root, "--dry-run"], ["fix-tags", root], ["fix-tags", root, "--tag", ESCAPES]],
	move: (root) => [["move", join(root, "nope.md"), "--stage", ESCAPES], ["move", root, "--stage", "rl"]],
	repos: (root) => [["repos", root], ["repos", root, "--json"]],
	install: (root) => [["install", join(root, "no-vault-here", ESCAPES)], ["install", root, "--config-dir", ESCAPES]],
	export: (root) => [["export", root, "--format", "md"], ["export", root, "--format", "html"], ["export", root, "--format", "json"], ["export", root, "--format", ESCAPES]],
};

test("the table covers every command in the registry", () => {
	expect(Object.keys(RUNS).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
});

/** Line breaks (and tabs, which column output uses) are the only control characters allowed out. */
const controls = (text: string): string[] => [...new Set([...text].filter((c) => /\p{Cc}/u.test(c) && c !== "\n" && c !== "\t"))].map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, "0")}`);

describe.each(["en", "zh"])("--lang %s", (lang) => {
	let vault: { root: string; dispose: () => void };
	beforeAll(() => {
		vault = makeHostileVault();
		mkdirSync(join(vault.root, CONFIG_DIR), { recursive: true });
		writeFileSync(join(vault.root, CONFIG_DIR, "app.json"), "{}");
		writeFileSync(join(vault.root, "outline.md"), OUTLINE);
	});
	afterAll(() => vault.dispose());

	let n = 0;
	describe.each(Object.keys(RUNS))("atlas %s", (name) => {
		(UNSANITIZED_UNTIL_13B.includes(name) ? it.failing : it)("prints no control character", async () => {
			for (const argv of RUNS[name]!(vault.root, lang, n++)) {
			const { out, err } = await cli([...argv, "--lang", lang], vault.root, undefined, { sampleVault: vault.root });
				expect({ argv: argv.join(" ").slice(0, 80), out: controls(out), err: controls(err) }).toEqual({ argv: argv.join(" ").slice(0, 80), out: [], err: [] });
			}
		});
	});
});
