/** @jest-environment jsdom */
import type { App } from "obsidian";
import { readVaultNotes } from "../../../src/cli/vault-files";
import FrameworkAtlasPlugin from "../../../src/plugin/main";
import { notices, setRequestUrl } from "../../__mocks__/obsidian";
import { FakeApp } from "../../support/fake-app";
import { FACTS_FIXTURES, FactsServer, standardRoutes } from "../../support/facts-server";
import { requestUrlOverHttp } from "../../support/request-url-over-http";
import { join } from "node:path";

const CACHE = ".obsidian/plugins/framework-atlas/repo-facts.json";
const settle = async (rounds = 20) => {
	for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

let server: FactsServer;
let asked: string[];

beforeEach(async () => {
	server = await new FactsServer().start();
	standardRoutes(server);
	asked = [];
	setRequestUrl(requestUrlOverHttp(server.origin, asked));
	notices.length = 0;
});

afterEach(async () => {
	setRequestUrl(null);
	await server.stop();
});

async function start(app: FakeApp): Promise<FrameworkAtlasPlugin> {
	app.seed(Object.fromEntries(readVaultNotes(join(FACTS_FIXTURES, "vault"))));
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
	await plugin.onload();
	app.workspace.finishLayout();
	await settle();
	return plugin;
}

function run(plugin: FrameworkAtlasPlugin, id: string): void {
	const found = (plugin as unknown as { commands: { id: string; callback?: () => void }[] }).commands.find((c) => c.id === id);
	found!.callback!();
}

async function until(test: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !test(); i++) await settle(1);
}

describe("Refresh repository facts in the plugin (requestUrl against a local server)", () => {
	it("asks each host's real API URL, fills repo-facts.json in the plugin folder and tells what went wrong", async () => {
		const app = new FakeApp();
		const plugin = await start(app);
		expect(asked).toEqual([]); // nothing is fetched until asked
		run(plugin, "refresh-repo-facts");
		await until(() => app.vault.adapter.data.has(CACHE) && !plugin.context.facts.busy);
		expect(asked.sort()).toEqual([
			"https://api.github.com/repos/broken/json",
			"https://api.github.com/repos/busy/server",
			"https://api.github.com/repos/example-lab/old-trainer",
			"https://api.github.com/repos/gone/missing",
			"https://api.github.com/repos/openllmai/OpenRLHF",
			"https://api.github.com/repos/volcengine/verl",
			"https://gitee.com/api/v5/repos/mindspore/mindformers",
			"https://gitlab.com/api/v4/projects/example-group%2Fml%2Fllm-serving?license=true",
		]);
		const cache = JSON.parse(app.vault.adapter.data.get(CACHE)!);
		expect(cache.repos["https://github.com/volcengine/verl"]).toMatchObject({ status: "ok", stars: 12345, etag: 'W/"verl-1"' });
		expect(cache.repos["https://github.com/openllmai/openrlhf"]).toMatchObject({ status: "moved", movedTo: "OpenRLHF/OpenRLHF" });
		expect(app.vault.adapter.data.has(`${CACHE}.tmp`)).toBe(false);
		const summary = notices.find((n) => n.startsWith("Asked about 8 repositories"))!;
		expect(summary).toContain("Not found: github.com/gone/missing");
		expect(summary).toContain("github.com/busy/server (http 502)");
		// The facts reach queries through the context.
		const verl = plugin.index.entries().find((e) => e.name === "veRL")!;
		expect(plugin.context.facts.lookup().factsOf(verl)?.stars).toBe(12345);
	});

	it("sends the token from Obsidian's secret storage to GitHub and never saves it in data.json", async () => {
		const app = new FakeApp();
		const secrets = new Map<string, string>([["framework-atlas-github-token", "ghp_secret42"]]);
		(app as unknown as { secretStorage: unknown }).secretStorage = { getSecret: (id: string) => secrets.get(id) ?? null, setSecret: (id: string, v: string) => void secrets.set(id, v), listSecrets: () => [...secrets.keys()] };
		const plugin = await start(app);
		const saved: unknown[] = [];
		(plugin as unknown as { saveData: (d: unknown) => Promise<void> }).saveData = async (d) => void saved.push(d);
		run(plugin, "refresh-repo-facts");
		await until(() => !plugin.context.facts.busy && app.vault.adapter.data.has(CACHE));
		expect(server.requestsTo("/github/repos/volcengine/verl")[0]!.headers.authorization).toBe("Bearer ghp_secret42");
		await plugin.context.settings.update({ factsStaleMonths: 6 });
		expect(JSON.stringify(saved)).not.toContain("ghp_secret42");
		expect(app.vault.adapter.data.get(CACHE)).not.toContain("ghp_secret42");
	});

	it("a corrupt cache is set aside on load, with a notice, and rebuilt", async () => {
		const app = new FakeApp();
		app.vault.adapter.data.set(CACHE, "{ not json");
		const plugin = await start(app);
		await until(() => notices.some((n) => n.includes("set aside")));
		expect([...app.vault.adapter.data.keys()].some((k) => /repo-facts\.corrupt-.*\.json$/.test(k))).toBe(true);
		run(plugin, "refresh-repo-facts");
		await until(() => app.vault.adapter.data.has(CACHE) && !plugin.context.facts.busy);
		expect(JSON.parse(app.vault.adapter.data.get(CACHE)!).version).toBe(1);
	});
});
