/**
 * Every command reads the vault's saved plugin settings (.obsidian/plugins/framework-atlas/data.json)
 * the same way: a vault whose entry tag is `fw` is indexed, queried and exported with `fw`, just as
 * `atlas new` writes `fw` notes; an explicit --tag still wins.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { pluginDataPath } from "../../src/cli/vault-settings";
import { atlas } from "../support/cli-run";
import { nodeMachine } from "../../node/node-machine";

let vault: string;

function write(path: string, text: string): void {
	mkdirSync(dirname(join(vault, path)), { recursive: true });
	writeFileSync(join(vault, path), text, "utf8");
}

const saveData = (text: string) => write(relative(vault, pluginDataPath(nodeMachine, vault) ?? join(vault, ".obsidian/plugins/framework-atlas/data.json")), text);

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "atlas-fw-vault-"));
	saveData(JSON.stringify({ settingsVersion: 1, entryTag: "fw", entriesFolder: "Atlas" }));
	write("Atlas/veRL.md", "---\ntags: [fw]\nstage: rl\nrepo: https://github.com/volcengine/verl\n---\n# veRL\n");
	write("Atlas/vLLM.md", "---\ntags:\n  - fw/deploy\n---\n# vLLM\n");
	write("Old/OpenRLHF.md", "---\ntags: [framework]\nstage: rl\n---\n# OpenRLHF\n");
	write("Daily/2026-11-27.md", "# Notes\nveRL looks good.\n");
});

afterEach(() => rmSync(vault, { recursive: true, force: true }));

const names = (json: { stages: { entries: { name: string }[] }[] }) => json.stages.flatMap((s) => s.entries.map((e) => e.name)).sort();

describe("a vault whose saved entry tag is fw", () => {
	it("atlas index lists the fw notes, not the framework ones", async () => {
		const run = await atlas(["index", vault, "--json"]);
		expect(run).toMatchObject({ code: 0, err: "" });
		expect(names(JSON.parse(run.out))).toEqual(["vLLM", "veRL"]);
		const text = await atlas(["index", vault]);
		expect(text.out.split("\n")[0]).toBe("2 entries in 6 stages");
	});

	it("atlas query finds the fw notes", async () => {
		const run = await atlas(["query", vault, "stage:rl", "--json"]);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.out).entries.map((e: { name: string }) => e.name)).toEqual(["veRL"]);
		const all = await atlas(["query", vault, "", "--json"]);
		expect(JSON.parse(all.out).entries.map((e: { name: string }) => e.name).sort()).toEqual(["vLLM", "veRL"]);
	});

	it("atlas export writes the fw notes", async () => {
		const run = await atlas(["export", vault, "--format", "json"]);
		expect(run.code).toBe(0);
		expect(names(JSON.parse(run.out))).toEqual(["vLLM", "veRL"]);
		const md = await atlas(["export", vault, "--format", "md"]);
		expect(md.out).toContain("veRL");
		expect(md.out).not.toContain("OpenRLHF");
	});

	it("atlas new writes a fw note that atlas index then lists", async () => {
		const created = await atlas(["new", vault, "--name", "SGLang", "--stage", "deploy"]);
		expect(created.code).toBe(0);
		expect(readFileSync(join(vault, "Atlas", "SGLang.md"), "utf8")).toMatch(/tags:[\s\S]*fw/);
		const run = await atlas(["index", vault, "--json"]);
		expect(names(JSON.parse(run.out))).toEqual(["SGLang", "vLLM", "veRL"]);
	});

	it("an explicit --tag wins over the saved tag, for index, query and export", async () => {
		expect(names(JSON.parse((await atlas(["index", vault, "--json", "--tag", "framework"])).out))).toEqual(["OpenRLHF"]);
		expect(names(JSON.parse((await atlas(["export", vault, "--format", "json", "--tag", "#framework"])).out))).toEqual(["OpenRLHF"]);
		const query = await atlas(["query", vault, "stage:rl", "--json", "--tag", "framework"]);
		expect(JSON.parse(query.out).entries.map((e: { name: string }) => e.name)).toEqual(["OpenRLHF"]);
	});

	it("an unusable --tag is a usage error naming it, checked like the setting tab checks it", async () => {
		for (const command of [["index", vault], ["query", vault, "x"], ["export", vault]]) {
			const run = await atlas([...command, "--tag", "two words"]);
			expect(run.code).toBe(2);
			expect(run.err).toContain("two words");
			expect(run.out).toBe("");
		}
	});

	it("a data.json that is not JSON falls back to the defaults instead of failing", async () => {
		saveData('{"entryTag": "fw"');
		const run = await atlas(["index", vault, "--json"]);
		expect(run.code).toBe(0);
		expect(names(JSON.parse(run.out))).toEqual(["OpenRLHF"]);
	});
});
