import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../../node/atomic-write";
import { cli, REPO_ROOT, type CliRun } from "../support/run-cli-capture";

// Obsidian's default configuration folder name, as a fresh vault has it.
const CONFIG = ".obsidian";
const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, "manifest.json"), "utf8")) as { id: string; version: string };

let root: string;
let vault: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), "atlas-install-"));
	vault = join(root, "My vault 研究");
	mkdirSync(join(vault, CONFIG), { recursive: true });
	writeFileSync(join(vault, CONFIG, "app.json"), "{}");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function install(argv: string[], packageRoot = REPO_ROOT): Promise<CliRun> {
	return cli(["install", ...argv], root, undefined, { packageRoot });
}
const pluginFolder = (configDir = CONFIG) => join(vault, configDir, "plugins", manifest.id);

test("installs the three built files into a fresh vault, byte for byte, and says how to enable the plugin", async () => {
	const run = await install([vault]);
	expect(run.code).toBe(0);
	expect(readdirSync(pluginFolder()).sort()).toEqual(PLUGIN_FILES);
	for (const file of PLUGIN_FILES) expect(readFileSync(join(pluginFolder(), file))).toEqual(readFileSync(join(REPO_ROOT, file)));
	expect(run.out).toBe(
		`Installed Framework Atlas ${manifest.version} into ${pluginFolder()}\n` +
			`To enable it: open ${vault} as a vault in Obsidian, then Settings → Community plugins: turn off Restricted mode if asked, and turn on Framework Atlas.\n`,
	);
});

test("an update replaces the plugin files but never data.json, and says so", async () => {
	mkdirSync(pluginFolder(), { recursive: true });
	writeFileSync(join(pluginFolder(), "manifest.json"), JSON.stringify({ ...manifest, version: "0.1.0" }));
	writeFileSync(join(pluginFolder(), "main.js"), "old bundle");
	const settings = '{\r\n  "entryTag": "fw",\r\n  "labelLanguage": "zh", "future": [1, 2]\r\n}';
	writeFileSync(join(pluginFolder(), "data.json"), settings);
	writeFileSync(join(vault, CONFIG, "community-plugins.json"), JSON.stringify(["dataview", manifest.id]));
	const run = await install([vault]);
	expect(run.code).toBe(0);
	expect(readFileSync(join(pluginFolder(), "data.json"), "utf8")).toBe(settings);
	expect(readFileSync(join(pluginFolder(), "main.js"))).toEqual(readFileSync(join(REPO_ROOT, "main.js")));
	expect(readdirSync(pluginFolder()).sort()).toEqual(["data.json", ...PLUGIN_FILES]);
	expect(run.out.split("\n")).toEqual([
		`Updated Framework Atlas 0.1.0 → ${manifest.version} in ${pluginFolder()}`,
		"Your settings (data.json) were kept as they were.",
		"Framework Atlas is already enabled in this vault: reload Obsidian (or turn the plugin off and on in Settings → Community plugins) to load the new version.",
		"",
	]);
});

test("installing the same version again says so", async () => {
	await install([vault]);
	expect((await install([vault])).out).toContain(`Reinstalled Framework Atlas ${manifest.version} in ${pluginFolder()}\n`);
});

test("a folder that is not a vault is refused and left untouched, unless --force is given", async () => {
	const plain = join(root, "Documents");
	mkdirSync(plain);
	writeFileSync(join(plain, "note.md"), "# hi\n");
	const refused = await install([plain]);
	expect(refused.code).toBe(2);
	expect(refused.err).toContain(`${plain} is not an Obsidian vault: it has no configuration folder with Obsidian's settings`);
	expect(readdirSync(plain)).toEqual(["note.md"]);
	// The CLI never guesses the configuration folder's name: --force needs it named.
	expect(await install([plain, "--force"])).toMatchObject({ code: 2, err: expect.stringContaining("name the one to create with --config-dir") });
	expect(readdirSync(plain)).toEqual(["note.md"]);
	const forced = await install([plain, "--force", "--config-dir", CONFIG]);
	expect(forced.code).toBe(0);
	expect(readdirSync(join(plain, CONFIG, "plugins", manifest.id)).sort()).toEqual(PLUGIN_FILES);
});

test("a vault set up with another configuration folder is found by its contents, or named with --config-dir", async () => {
	rmSync(join(vault, CONFIG), { recursive: true });
	mkdirSync(join(vault, ".git"));
	mkdirSync(join(vault, ".config-laptop"));
	writeFileSync(join(vault, ".config-laptop", "workspace.json"), "{}");
	expect((await install([vault])).code).toBe(0);
	expect(readdirSync(pluginFolder(".config-laptop")).sort()).toEqual(PLUGIN_FILES);
	mkdirSync(join(vault, ".config-phone"));
	writeFileSync(join(vault, ".config-phone", "app.json"), "{}");
	expect(await install([vault])).toMatchObject({ code: 2, err: expect.stringContaining("several configuration folders (.config-laptop, .config-phone)") });
	const named = await install([vault, "--config-dir", ".config-phone"]);
	expect(named.code).toBe(0);
	expect(existsSync(join(pluginFolder(".config-phone"), "main.js"))).toBe(true);
	expect(existsSync(join(vault, ".git", "plugins"))).toBe(false);
});

test("a configuration folder outside the vault or a missing VAULT is a usage error", async () => {
	expect(await install([vault, "--config-dir", "../elsewhere"])).toMatchObject({ code: 2, err: expect.stringContaining('one folder name inside the vault, not "../elsewhere"') });
	expect(await install([])).toMatchObject({ code: 2, err: expect.stringContaining("atlas install <vault>") });
	expect(await install([join(root, "nowhere")])).toMatchObject({ code: 2, err: expect.stringContaining("No vault folder at") });
	expect(existsSync(join(root, "elsewhere"))).toBe(false);
});

test("builds first when main.js is missing or older than the sources", async () => {
	// A package with a stand-in build script: install must run it, in its own folder, before copying.
	const pkg = join(root, "package");
	mkdirSync(join(pkg, "src"), { recursive: true });
	for (const file of ["manifest.json", "styles.css"]) cpSync(join(REPO_ROOT, file), join(pkg, file));
	writeFileSync(join(pkg, "esbuild.config.mjs"), 'import { writeFileSync } from "node:fs";\nwriteFileSync("main.js", "built " + process.argv[2]);\n');
	writeFileSync(join(pkg, "src", "main.ts"), "export {};\n");
	const first = await install([vault], pkg);
	expect(first).toMatchObject({ code: 0, err: "Building the plugin first…\n" });
	expect(readFileSync(join(pluginFolder(), "main.js"), "utf8")).toBe("built production");

	const old = new Date(Date.now() - 60_000);
	utimesSync(join(pkg, "src", "main.ts"), old, old);
	utimesSync(join(pkg, "src"), old, old);
	for (const file of ["manifest.json", "esbuild.config.mjs"]) utimesSync(join(pkg, file), old, old);
	writeFileSync(join(pkg, "main.js"), "up to date");
	expect(await install([vault], pkg)).toMatchObject({ code: 0, err: "" });
	expect(readFileSync(join(pluginFolder(), "main.js"), "utf8")).toBe("up to date");
});

test("speaks Chinese with --lang zh", async () => {
	const run = await install([vault, "--lang", "zh"]);
	expect(run.out).toContain(`已将 Framework Atlas ${manifest.version} 安装到 ${pluginFolder()}`);
	expect(run.out).toContain("设置 → 第三方插件");
});

test("npx atlas install works as a real process on a fresh vault folder", () => {
	const out = execFileSync(process.execPath, [join(REPO_ROOT, "bin", "atlas.js"), "install", vault], { encoding: "utf8" });
	expect(out).toContain(`Installed Framework Atlas ${manifest.version} into ${pluginFolder()}`);
	expect(readFileSync(join(pluginFolder(), "main.js"))).toEqual(readFileSync(join(REPO_ROOT, "main.js")));
});

describe("writeFileAtomic", () => {
	test("replaces the file and leaves no temporary file beside it", () => {
		const target = join(root, "a.txt");
		writeFileSync(target, "old");
		writeFileAtomic(target, "新的内容");
		expect(readFileSync(target, "utf8")).toBe("新的内容");
		expect(readdirSync(root).filter((name) => name.endsWith(".tmp"))).toEqual([]);
	});

	test("a failed rename keeps what was there and removes the temporary file", () => {
		const target = join(root, "occupied");
		mkdirSync(target);
		writeFileSync(join(target, "inside"), "keep");
		expect(() => writeFileAtomic(target, "x")).toThrow();
		expect(readFileSync(join(target, "inside"), "utf8")).toBe("keep");
		expect(readdirSync(root).filter((name) => name.endsWith(".tmp"))).toEqual([]);
	});
});
