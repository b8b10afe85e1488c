import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export const FACTS_FIXTURES = join(__dirname, "..", "fixtures", "repo-facts");

export function fixture(name: string): string {
	return readFileSync(join(FACTS_FIXTURES, name), "utf8");
}

export interface Seen {
	path: string;
	headers: IncomingMessage["headers"];
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A local HTTP server (127.0.0.1 only) answering like GitHub, Gitee and GitLab, recording every request. */
export class FactsServer {
	readonly seen: Seen[] = [];
	readonly routes = new Map<string, Route>();
	private server: Server | null = null;
	private readonly open = new Set<ServerResponse>();

	get origin(): string {
		const address = this.server?.address() as AddressInfo;
		return `http://127.0.0.1:${address.port}`;
	}

	env(): Record<string, string> {
		return { ATLAS_GITHUB_API: `${this.origin}/github`, ATLAS_GITEE_API: `${this.origin}/gitee/api/v5`, ATLAS_GITLAB_API: `${this.origin}/gitlab/api/v4` };
	}

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			this.seen.push({ path: req.url ?? "", headers: req.headers });
			this.open.add(res);
			res.on("close", () => this.open.delete(res));
			const route = this.routes.get(req.url ?? "");
			if (route) route(req, res);
			else json(404, fixture("github-not-found.json"))(req, res);
		});
		await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
		return this;
	}

	async stop(): Promise<void> {
		for (const res of this.open) res.destroy();
		const server = this.server;
		if (server === null) return;
		const closed = new Promise<void>((resolve) => server.close(() => resolve()));
		// Keep-alive sockets from a client that is done would hold close() open.
		server.closeAllConnections();
		await closed;
	}

	requestsTo(path: string): Seen[] {
		return this.seen.filter((s) => s.path === path);
	}
}

export function json(status: number, body: string, headers: Record<string, string> = {}): Route {
	return (_req, res) => {
		res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
		res.end(body);
	};
}

/** 200 with an ETag; 304 (no body) when the client sends that ETag back. */
export function withEtag(body: string, etag: string): Route {
	return (req, res) => {
		if (req.headers["if-none-match"] === etag) {
			res.writeHead(304, { etag, "x-ratelimit-remaining": "59" });
			res.end();
		} else json(200, body, { etag, "x-ratelimit-remaining": "59" })(req, res);
	};
}

export function redirect(location: string, status = 301): Route {
	return (_req, res) => {
		res.writeHead(status, { location, "content-type": "application/json; charset=utf-8" });
		res.end(fixture("github-moved.json"));
	};
}

/** Headers, then a body that never ends. */
export const hang: Route = (_req, res) => {
	res.writeHead(200, { "content-type": "application/json" });
	res.write('{"full_name": "slow/forever", ');
};

/** A 20 MB JSON body, streamed (no content-length, so the cap has to count bytes). */
export const hugeBody: Route = (_req, res) => {
	res.writeHead(200, { "content-type": "application/json" });
	const chunk = " ".repeat(1 << 20);
	res.write('{"full_name": "huge/body", "stargazers_count": 1, "description": "');
	let sent = 0;
	const pump = (): void => {
		while (sent < 20) {
			sent++;
			if (!res.write(chunk)) return void res.once("drain", pump);
		}
		res.end('"}');
	};
	pump();
};

export function rateLimited(resetEpoch: number): Route {
	return json(403, fixture("github-rate-limit.json"), { "x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(resetEpoch) });
}

/** The routes the fixture vault's repositories need, one scenario per repository. */
export function standardRoutes(server: FactsServer): void {
	const r = server.routes;
	r.set("/github/repos/volcengine/verl", withEtag(fixture("github-repo.json"), 'W/"verl-1"'));
	r.set("/github/repos/example-lab/old-trainer", json(200, fixture("github-archived.json")));
	r.set("/github/repos/gone/missing", json(404, fixture("github-not-found.json")));
	r.set("/github/repos/openllmai/OpenRLHF", redirect(`${server.origin}/github/repositories/655533204`));
	r.set("/github/repositories/655533204", json(200, fixture("github-renamed.json")));
	r.set("/github/repos/busy/server", json(502, '{"message": "Server Error"}'));
	r.set("/github/repos/broken/json", json(200, '{"full_name": "broken/json", "stargazers_count": '));
	r.set("/gitee/api/v5/repos/mindspore/mindformers", json(200, fixture("gitee-repo.json")));
	r.set("/gitlab/api/v4/projects/example-group%2Fml%2Fllm-serving?license=true", json(200, fixture("gitlab-project.json")));
}
