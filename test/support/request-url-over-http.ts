import { request } from "node:http";
import type { RequestUrlParams, RequestUrlResponse } from "../__mocks__/obsidian";

/**
 * A requestUrl that behaves like Obsidian's (follows redirects, never throws for a status with
 * `throw: false`) but sends every request to the local test server: the real API hosts are mapped
 * onto `origin`/github, /gitee, /gitlab, so a test sees exactly which host URLs the plugin asks for.
 */
export function requestUrlOverHttp(origin: string, asked: string[]): (params: RequestUrlParams) => Promise<RequestUrlResponse> {
	const local = (url: string): string =>
		url.replace("https://api.github.com", `${origin}/github`).replace("https://gitee.com/api/v5", `${origin}/gitee/api/v5`).replace("https://gitlab.com/api/v4", `${origin}/gitlab/api/v4`);
	const once = (url: string, headers: Record<string, string>, hops: number): Promise<RequestUrlResponse> =>
		new Promise((resolve, reject) => {
			const req = request(url, { method: "GET", headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on("data", (c: Buffer) => chunks.push(c));
				res.on("end", () => {
					const location = res.headers.location;
					if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location && hops < 5) {
						resolve(once(new URL(location, url).toString(), headers, hops + 1));
						return;
					}
					const body = Buffer.concat(chunks);
					const flat: Record<string, string> = {};
					for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") flat[k] = v;
					resolve({ status: res.statusCode ?? 0, headers: flat, text: body.toString("utf8"), arrayBuffer: new Uint8Array(body).buffer });
				});
				res.on("error", reject);
			});
			req.on("error", reject);
			req.end();
		});
	return (params) => {
		asked.push(params.url);
		return once(local(params.url), params.headers ?? {}, 0);
	};
}
