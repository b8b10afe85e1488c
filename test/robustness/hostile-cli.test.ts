/**
 * `atlas index` over the hostile vault, text and JSON, in both languages: exit 0 (1 with
 * --strict), nothing on stderr, no code run, every problem and warning printed with its path,
 * and no note text able to drive the terminal (escape sequences, forged lines).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IndexJson } from "../../src/core/export/entry-json";
import { cli, type CliRun } from "../support/run-cli-capture";
import { EXPECTED } from "./support/hostile-expectations";
import { clearMarkers, codeRan, makeHostileVault, prototypePolluted } from "./support/hostile-vault";

// The whole hostile vault (a 5 MB note among it) on a busy 2-core machine, in parallel with other suites.
jest.setTimeout(30_000);

let vault: { root: string; dispose: () => void };
beforeAll(() => {
	clearMarkers();
	vault = makeHostileVault();
});
afterAll(() => vault.dispose());

function atlas(...argv: string[]): Promise<CliRun> {
	return cli(argv, vault.root, new Date(2025, 6, 2), { sampleVault: vault.root });
}

const PROBLEM_PATHS = Object.keys(EXPECTED).filter((p) => EXPECTED[p]!.kind === "problem");
const WARNED_PATHS = Object.keys(EXPECTED).filter((p) => EXPECTED[p]!.kind === "entry" && (EXPECTED[p]!.diagnostics ?? []).length > 0);

describe.each(["en", "zh"])("atlas index --lang %s", (lang) => {
	test("text: completes, lists every bad note by path, and prints only plain text", async () => {
		const { code, out, err } = await atlas("index", ".", "--lang", lang);
		expect({ code, err }).toEqual({ code: 0, err: "" });
		for (const path of [...PROBLEM_PATHS, ...WARNED_PATHS]) expect(out).toContain(`  ${path}: `);
		// No raw control character from a note reaches the terminal (colours, OSC 8 links, bells, NULs).
		expect(out.split("\n").filter((line) => /\p{Cc}/u.test(line.replace(/\t/g, "")))).toEqual([]);
		expect(out).toContain("\\x1B[31mRED");
		// i18next placeholders inside note text stay as written, never expanded.
		expect(out).toContain("{{count}} $t(cli.usage) {{- name}}");
		expect(codeRan()).toBe(false);
	});

	test("json: parses, carries every problem with its path, and nothing of the bad notes became a link", async () => {
		const { code, out, err } = await atlas("index", vault.root, "--json", "--lang", lang);
		expect({ code, err }).toEqual({ code: 0, err: "" });
		const json = JSON.parse(out) as IndexJson;
		expect(json.problems.map((p) => p.path).sort()).toEqual([...PROBLEM_PATHS].sort());
		for (const problem of json.problems) expect(problem.message.length).toBeGreaterThan(10);
		const urls = json.stages.flatMap((s) => s.entries).flatMap((e) => [e.repo, ...e.links.map((l) => l.url), ...e.sources.map((s) => s.url)]);
		expect(urls.filter((url) => url !== null && !/^https?:\/\//i.test(url))).toEqual([]);
		expect(codeRan()).toBe(false);
		expect(prototypePolluted()).toBe(false);
	});
});

test("--strict turns problems into exit 1, still printing the whole index", async () => {
	const { code, out } = await atlas("index", ".", "--strict");
	expect(code).toBe(1);
	expect(out).toContain("generated/huge-frontmatter.md");
});

test("a tag that no note uses gives an empty index, not an error", async () => {
	const { code, out } = await atlas("index", ".", "--json", "--tag", "__proto__");
	expect(code).toBe(0);
	expect((JSON.parse(out) as IndexJson).stages.every((s) => s.entries.length === 0)).toBe(true);
});

describe("atlas add-source over the hostile notes", () => {
	/** Whether every byte of `original` survives in order inside `result` (only additions). */
	const onlyAdded = (original: Buffer, result: Buffer): boolean => {
		let at = 0;
		for (let i = 0; i < result.length && at < original.length; i++) if (result[i] === original[at]) at++;
		return at === original.length;
	};

	test("every note either gains the line and loses no byte, or is left byte-for-byte unchanged with a reason", async () => {
		for (const path of Object.keys(EXPECTED)) {
			const file = join(vault.root, path);
			const original = readFileSync(file);
			const { code, err } = await atlas("add-source", path, "--url", "https://example.org/cli-added", "--title", "CLI <b>added</b>");
			const result = readFileSync(file);
			if (code === 0) {
				expect({ path, onlyAdded: onlyAdded(original, result) }).toEqual({ path, onlyAdded: true });
				expect(result.toString("utf8")).toContain("https://example.org/cli-added");
			} else {
				expect({ path, unchanged: result.equals(original), err }).toEqual({ path, unchanged: true, err: expect.stringContaining(path) });
			}
		}
		expect(codeRan()).toBe(false);
	});

	test("a note with invalid UTF-8 bytes is refused, not rewritten with replacement characters", async () => {
		const { code, err } = await atlas("add-source", "encoding/invalid-utf8.md", "--url", "https://example.org/x");
		expect(code).toBe(1);
		expect(err).toContain("not UTF-8");
	});
});
