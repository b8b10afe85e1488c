/** @jest-environment jsdom */
import type { App } from "obsidian";
import { readVaultNotes } from "../../../node/vault-files";
import FrameworkAtlasPlugin from "../../../src/plugin/main";
import { notices, openNotices, setRequestUrl } from "../../__mocks__/obsidian";
import { FakeApp } from "../../support/fake-app";
import { FACTS_FIXTURES, FactsServer, standardRoutes } from "../../support/facts-server";
import { requestUrlOverHttp } from "../../support/request-url-over-http";
import { join } from "node:path";

const CACHE = `${new FakeApp().vault.configDir}/plugins/framework-atlas/repo-facts.json`;
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

	it("shows progress as done / total in a notice that can be cancelled, keeping what was fetched", async () => {
		const app = new FakeApp();
		const plugin = await start(app);
		// Hold GitHub's answers until the test has seen the notice and pressed Cancel.
		const held: (() => void)[] = [];
		for (const [path, route] of [...server.routes].filter(([p]) => p.startsWith("/github/repos/") && !p.endsWith("/verl"))) {
			server.routes.set(path, (req, res) => void held.push(() => route(req, res)));
		}
		run(plugin, "refresh-repo-facts");
		await until(() => openNotices.some((n) => /Repository facts: [1-9] \/ 8/.test(n.messageEl.textContent ?? "")));
		const progress = openNotices.find((n) => n.messageEl.querySelector(".atlas-facts-cancel"))!;
		expect(progress.messageEl.querySelector(".atlas-facts-progress")!.textContent).toMatch(/^Repository facts: \d \/ 8$/);
		progress.messageEl.querySelector<HTMLButtonElement>(".atlas-facts-cancel")!.click();
		await until(() => !plugin.context.facts.busy);
		for (const release of held) release();
		expect(openNotices).not.toContain(progress);
		expect(notices.some((n) => n.includes("Cancelled; what was fetched is kept."))).toBe(true);
		const cache = JSON.parse(app.vault.adapter.data.get(CACHE)!);
		// What answered before the cancel is kept; the held GitHub ones were never recorded (nor marked failed).
		const kept = Object.values<{ status: string }>(cache.repos);
		expect(kept.length).toBeGreaterThanOrEqual(1);
		expect(kept.every((r) => r.status === "ok")).toBe(true);
		for (const held of ["gone/missing", "busy/server", "broken/json", "example-lab/old-trainer"]) expect(cache.repos[`https://github.com/${held}`]).toBeUndefined();
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

describe("facts after a refresh in the plugin", () => {
	it("write stars: and pushed: into frontmatter only with the setting on, changing only those lines", async () => {
		const app = new FakeApp();
		const plugin = await start(app);
		const before = app.vault.text("Frameworks/veRL.md");
		run(plugin, "refresh-repo-facts");
		await until(() => !plugin.context.facts.busy && app.vault.adapter.data.has(CACHE));
		await settle();
		expect(app.vault.text("Frameworks/veRL.md")).toBe(before);
		await plugin.context.settings.update({ factsWriteFrontmatter: true });
		notices.length = 0;
		run(plugin, "refresh-repo-facts");
		await until(() => notices.some((n) => n.startsWith("Asked about")));
		await settle();
		expect(app.vault.text("Frameworks/veRL.md")).toBe(before.replace("repo: https://github.com/volcengine/verl\n", "repo: https://github.com/volcengine/verl\nstars: 12345\npushed: 2025-07-02\n"));
		// Not found and failed repositories get nothing.
		expect(app.vault.text("Frameworks/Gone.md")).not.toContain("stars:");
	});

	it("the export modal puts facts next to each entry when asked", async () => {
		const app = new FakeApp();
		const plugin = await start(app);
		run(plugin, "refresh-repo-facts");
		await until(() => !plugin.context.facts.busy && app.vault.adapter.data.has(CACHE));
		const { ExportCatalogueModal } = await import("../../../src/plugin/import-export/export-catalogue-modal");
		const plain = await new ExportCatalogueModal(plugin.context).export("md", false);
		expect(app.vault.text(plain!)).not.toContain("★ 12.3k");
		const withFacts = await new ExportCatalogueModal(plugin.context).export("md", true);
		expect(app.vault.text(withFacts!)).toMatch(/\*\*\[veRL\]\(https:\/\/github\.com\/volcengine\/verl\)\*\* — ★ 12\.3k · Pushed \S+ \S+ ago · Apache-2\.0/);
	});

	it("refreshes daily only when the setting is on, once a day, when idle", async () => {
		const idle: (() => void)[] = [];
		(window as unknown as { requestIdleCallback: (cb: () => void) => number }).requestIdleCallback = (cb) => idle.push(cb);
		try {
			const off = new FakeApp();
			await start(off);
			expect(idle).toHaveLength(0);
			const on = new FakeApp();
			const plugin = new FrameworkAtlasPlugin(on as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
			(plugin as unknown as { loadData: () => Promise<unknown> }).loadData = async () => ({ settingsVersion: 1, factsDailyRefresh: true });
			on.seed(Object.fromEntries(readVaultNotes(join(FACTS_FIXTURES, "vault"))));
			await plugin.onload();
			on.workspace.finishLayout();
			await settle();
			expect(asked).toHaveLength(0); // waits for idle
			expect(idle).toHaveLength(1);
			idle.shift()!();
			await until(() => on.vault.adapter.data.has(CACHE) && !plugin.context.facts.busy);
			expect(asked).toHaveLength(8);
			expect(Date.parse(plugin.settings.factsLastDailyRefresh)).not.toBeNaN();
			// Quiet: no summary notice, but the failures are told.
			expect(notices.some((n) => n.includes("Failed:"))).toBe(true);
		} finally {
			delete (window as unknown as { requestIdleCallback?: unknown }).requestIdleCallback;
		}
	});

	it("a daily refresh still waiting for idle time is cancelled when the plugin unloads", async () => {
		const idle = new Map<number, () => void>();
		const host = window as unknown as { requestIdleCallback?: (cb: () => void) => number; cancelIdleCallback?: (id: number) => void };
		host.requestIdleCallback = (cb) => (idle.set(idle.size + 1, cb), idle.size);
		host.cancelIdleCallback = (id) => void idle.delete(id);
		try {
			const app = new FakeApp();
			const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
			(plugin as unknown as { loadData: () => Promise<unknown> }).loadData = async () => ({ settingsVersion: 1, factsDailyRefresh: true });
			app.seed(Object.fromEntries(readVaultNotes(join(FACTS_FIXTURES, "vault"))));
			// load(), as Obsidian does, so unload() runs what the plugin registered.
			plugin.load();
			await settle();
			app.workspace.finishLayout();
			await settle();
			expect(idle.size).toBe(1);
			plugin.unload();
			expect(idle.size).toBe(0);
			expect(asked).toHaveLength(0);
		} finally {
			delete host.requestIdleCallback;
			delete host.cancelIdleCallback;
		}
	});
});
