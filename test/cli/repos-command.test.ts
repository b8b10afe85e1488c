import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pluginFolder } from "../../src/cli/vault-settings";
import { cli } from "../support/run-cli-capture";
import { FACTS_FIXTURES, FactsServer, hang, hugeBody, json, fixture, rateLimited, standardRoutes } from "../support/facts-server";
import { nodeMachine } from "../../node/node-machine";

const NOW = new Date("2025-07-10T12:00:00Z");
let server: FactsServer;
let vault: string;

function cacheFile(): string {
	return join(pluginFolder(nodeMachine, vault)!, "repo-facts.json");
}

function cache(): { version: number; repos: Record<string, Record<string, unknown>> } {
	return JSON.parse(readFileSync(cacheFile(), "utf8"));
}

function repos(args: string[], now = NOW, env: Record<string, string> = server.env()) {
	return cli(["repos", vault, ...args], vault, now, { env, repoFactsLimits: { timeoutMs: 1500 } });
}

beforeEach(async () => {
	server = await new FactsServer().start();
	standardRoutes(server);
	vault = mkdtempSync(join(tmpdir(), "atlas-repos-"));
	cpSync(join(FACTS_FIXTURES, "vault"), vault, { recursive: true });
});

afterEach(async () => {
	await server.stop();
	rmSync(vault, { recursive: true, force: true });
});

describe("atlas repos --refresh against a local server", () => {
	it("fills the cache from each host's answer and names what failed (exit 1)", async () => {
		const run = await repos(["--refresh", "--json"]);
		expect(run.code).toBe(1);
		const out = JSON.parse(run.out) as { repos: Record<string, unknown>[] };
		const byRepo = Object.fromEntries(out.repos.map((r) => [r.repo, r]));
		expect(byRepo["https://github.com/volcengine/verl"]).toMatchObject({
			host: "github", status: "ok", stars: 12345, forks: 1489, openIssues: 873, pushedAt: "2025-07-02T08:55:03.000Z",
			archived: false, license: "Apache-2.0", language: "Python", topics: ["llm", "reinforcement-learning", "rlhf"], movedTo: null, fetchedAt: NOW.toISOString(),
		});
		expect(byRepo["https://github.com/example-lab/old-trainer"]).toMatchObject({ status: "ok", archived: true, license: null, stars: 842 });
		expect(byRepo["https://github.com/gone/missing"]).toMatchObject({ status: "not-found", stars: null });
		expect(byRepo["https://github.com/openllmai/openrlhf"]).toMatchObject({ status: "moved", movedTo: "OpenRLHF/OpenRLHF", stars: 7654 });
		expect(byRepo["https://github.com/busy/server"]).toMatchObject({ status: "failed", stars: null });
		expect(byRepo["https://github.com/broken/json"]).toMatchObject({ status: "failed" });
		expect(byRepo["https://gitee.com/mindspore/mindformers"]).toMatchObject({ host: "gitee", status: "ok", stars: 1203, license: "Apache-2.0", topics: ["大模型", "MindSpore"], pushedAt: "2025-06-30T13:17:45.000Z" });
		expect(byRepo["https://gitlab.com/example-group/ml/llm-serving"]).toMatchObject({ host: "gitlab", status: "ok", stars: 408, license: "mit", language: null, pushedAt: "2024-03-02T17:45:10.512Z" });
		// Hugging Face is not a code host we ask; the entry without repo is not listed.
		expect(Object.keys(byRepo)).toHaveLength(8);
		expect(run.err).toContain("Not found: github.com/gone/missing");
		expect(run.err).toContain("Moved: github.com/openllmai/openrlhf → OpenRLHF/OpenRLHF");
		expect(run.err).toContain("github.com/busy/server (http 502)");
		expect(run.err).toContain("github.com/broken/json (malformed json)");
		const stored = cache();
		expect(stored.version).toBe(1);
		expect(stored.repos["https://github.com/volcengine/verl"]).toMatchObject({ etag: 'W/"verl-1"', status: "ok", stars: 12345 });
	});

	it("a second forced run sends If-None-Match and keeps the facts on 304", async () => {
		await repos(["--refresh"]);
		const later = new Date(NOW.getTime() + 60_000);
		const second = await repos(["--force", "--json"], later);
		const verl = server.requestsTo("/github/repos/volcengine/verl");
		expect(verl).toHaveLength(2);
		expect(verl[0]!.headers["if-none-match"]).toBeUndefined();
		expect(verl[1]!.headers["if-none-match"]).toBe('W/"verl-1"');
		const record = cache().repos["https://github.com/volcengine/verl"]!;
		expect(record).toMatchObject({ status: "ok", stars: 12345, license: "Apache-2.0", etag: 'W/"verl-1"', fetchedAt: later.toISOString() });
		expect(second.err).toMatch(/1 unchanged/);
	});

	it("within 24 hours a plain --refresh asks nothing again that answered; failures are retried", async () => {
		await repos(["--refresh"]);
		const before = server.seen.length;
		const run = await repos(["--refresh"], new Date(NOW.getTime() + 3_600_000));
		const asked = server.seen.slice(before).map((s) => s.path).sort();
		expect(asked).toEqual(["/github/repos/broken/json", "/github/repos/busy/server"]);
		expect(run.err).toContain("6 fetched within the last 24 hours (use --force to ask again)");
	});

	it("sends GITHUB_TOKEN as a bearer token to GitHub only", async () => {
		await repos(["--refresh"], NOW, { ...server.env(), GITHUB_TOKEN: "ghp_test123" });
		expect(server.requestsTo("/github/repos/volcengine/verl")[0]!.headers.authorization).toBe("Bearer ghp_test123");
		expect(server.requestsTo("/gitee/api/v5/repos/mindspore/mindformers")[0]!.headers.authorization).toBeUndefined();
	});

	it("without --refresh prints the cache and touches no network", async () => {
		const empty = await repos([]);
		expect(server.seen).toHaveLength(0);
		expect(empty.out).toContain("github.com/volcengine/verl  Not fetched yet; run atlas repos --refresh");
		await repos(["--refresh"]);
		const count = server.seen.length;
		const text = await repos([]);
		expect(server.seen).toHaveLength(count);
		expect(text.out).toContain("github.com/volcengine/verl  ★ 12.3k  Pushed 8 days ago  Apache-2.0  Python");
		expect(text.out).toContain("github.com/example-lab/old-trainer  ★ 842  Pushed 2 years ago  Jupyter Notebook  Archived  Stale");
		expect(text.out).toContain("github.com/openllmai/openrlhf  Moved to OpenRLHF/OpenRLHF  ★ 7.6k");
		expect(text.out).toContain("github.com/gone/missing  Repository not found");
		const zh = await cli(["repos", vault, "--lang", "zh"], vault, NOW, { env: server.env() });
		expect(zh.out).toContain("github.com/volcengine/verl  ★ 1.2万  8 天前推送  Apache-2.0  Python");
		expect(zh.out).toContain("已归档  停更");
	});

	it("a rate limit stops that host, keeps what was fetched and says when it resets", async () => {
		await repos(["--refresh"]);
		const reset = Math.floor(NOW.getTime() / 1000) + 1800;
		for (const path of [...server.routes.keys()].filter((p) => p.startsWith("/github/"))) server.routes.set(path, rateLimited(reset));
		const run = await repos(["--force"], new Date(NOW.getTime() + 60_000));
		expect(run.code).toBe(1);
		expect(run.err).toMatch(/GitHub rate limit reached; it resets at \d{4}-\d{2}-\d{2} \d{2}:\d{2}\. Not asked: \d/);
		// The GitHub facts from the first run are still there; Gitee and GitLab went on.
		expect(cache().repos["https://github.com/volcengine/verl"]).toMatchObject({ status: "ok", stars: 12345, fetchedAt: NOW.toISOString() });
		expect(cache().repos["https://gitee.com/mindspore/mindformers"]!.fetchedAt).toBe(new Date(NOW.getTime() + 60_000).toISOString());
	});

	it("a response that never ends times out; a 20 MB body is refused; the rest goes on", async () => {
		server.routes.set("/github/repos/busy/server", hang);
		server.routes.set("/github/repos/broken/json", hugeBody);
		const run = await repos(["--refresh"]);
		expect(run.err).toContain("github.com/busy/server (timeout)");
		expect(run.err).toContain("github.com/broken/json (too-large)");
		expect(cache().repos["https://github.com/volcengine/verl"]).toMatchObject({ status: "ok" });
	}, 15_000);

	it("refuses a redirect to a file: URL or to a private address on another origin", async () => {
		server.routes.set("/github/repos/busy/server", (_req, res) => {
			res.writeHead(301, { location: "file:///etc/passwd" });
			res.end();
		});
		server.routes.set("/github/repos/broken/json", (_req, res) => {
			res.writeHead(302, { location: "http://192.168.1.1/admin" });
			res.end();
		});
		const run = await repos(["--refresh"]);
		expect(run.err).toContain("github.com/busy/server (redirect-refused)");
		expect(run.err).toContain("github.com/broken/json (redirect-refused)");
	});

	it("sets a corrupt or newer cache aside, rebuilds it and never crashes", async () => {
		mkdirSync(pluginFolder(nodeMachine, vault)!, { recursive: true });
		writeFileSync(cacheFile(), '{"version": 1, "repos": {', "utf8");
		const run = await repos(["--refresh"]);
		expect(run.err).toMatch(/The facts cache could not be read and was set aside as .*repo-facts\.corrupt-.*\.json/);
		expect(cache().repos["https://github.com/volcengine/verl"]).toMatchObject({ status: "ok" });
		writeFileSync(cacheFile(), JSON.stringify({ version: 99, repos: {} }), "utf8");
		const newer = await repos([]);
		expect(newer.err).toContain("was written by a newer version");
		const folder = readdirSync(pluginFolder(nodeMachine, vault)!).sort();
		expect(folder.filter((n) => n.startsWith("repo-facts.corrupt-"))).toHaveLength(1);
		expect(folder.filter((n) => n.startsWith("repo-facts.newer-"))).toHaveLength(1);
		expect(folder.some((n) => n.endsWith(".tmp"))).toBe(false);
	});

	it("rejects a base URL that is not http(s) as a usage error (exit 2)", async () => {
		const run = await repos(["--refresh"], NOW, { ATLAS_GITHUB_API: "ftp://mirror" });
		expect(run.code).toBe(2);
		expect(run.err).toContain('ATLAS_GITHUB_API must be an http(s) URL, not "ftp://mirror"');
		expect(existsSync(cacheFile())).toBe(false);
	});

	it("keeps host text from reaching the terminal raw", async () => {
		const hostile = JSON.parse(fixture("github-repo.json"));
		hostile.license = { spdx_id: "MIT\u001b]52;c;ZXZpbA==\u0007" };
		server.routes.set("/github/repos/volcengine/verl", json(200, JSON.stringify(hostile)));
		await repos(["--refresh"]);
		const text = await repos([]);
		expect(text.out).not.toContain("\u001b");
		expect(text.out).toContain("MIT\\x1B]52;c;ZXZpbA==\\x07");
	});
});
