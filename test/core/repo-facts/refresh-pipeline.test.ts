import type { FactsRecord } from "../../../src/core/repo-facts/repo-facts-types";
import type { HttpPort } from "../../../src/core/repo-facts/http-port";
import { refreshFacts } from "../../../src/core/repo-facts/refresh-facts";
import { repoAddress } from "../../../src/core/repo-facts/repo-address";

const NOW = new Date("2025-07-10T12:00:00Z");
const addresses = Array.from({ length: 12 }, (_, i) => repoAddress(`https://github.com/org/repo-${i}`)!);
const answer = (url: string) => ({ status: 200, headers: { etag: `"${url}"` }, text: JSON.stringify({ full_name: url.split("/repos/")[1], stargazers_count: 7 }), url });

describe("the refresh pipeline", () => {
	it("keeps at most 4 requests in flight", async () => {
		let inFlight = 0;
		let most = 0;
		const http: HttpPort = async (request) => {
			most = Math.max(most, ++inFlight);
			await new Promise((resolve) => setTimeout(resolve, 5));
			inFlight--;
			return answer(request.url);
		};
		const records: Record<string, FactsRecord> = {};
		const progress: string[] = [];
		const report = await refreshFacts({ addresses, records, http, access: { base: {}, token: {} }, now: () => NOW, force: false, onProgress: (d, t) => progress.push(`${d} / ${t}`) });
		expect(most).toBe(4);
		expect(report.updated).toBe(12);
		expect(Object.keys(records)).toHaveLength(12);
		expect(progress[0]).toBe("0 / 12");
		expect(progress[progress.length - 1]).toBe("12 / 12");
	});

	it("a cancel stops asking, keeps what was fetched and leaves the rest untouched", async () => {
		const controller = new AbortController();
		let calls = 0;
		const http: HttpPort = (request) =>
			new Promise((resolve, reject) => {
				calls++;
				if (calls === 6) controller.abort();
				const timer = setTimeout(() => resolve(answer(request.url)), 5);
				request.signal.addEventListener("abort", () => {
					clearTimeout(timer);
					reject(new Error("aborted"));
				});
			});
		const records: Record<string, FactsRecord> = {};
		const report = await refreshFacts({ addresses, records, http, access: { base: {}, token: {} }, now: () => NOW, force: false, signal: controller.signal });
		expect(report.cancelled).toBe(true);
		expect(report.updated + report.skipped.length).toBe(12);
		expect(report.failed).toEqual([]);
		expect(Object.values(records).every((r) => r.status === "ok")).toBe(true);
		expect(calls).toBeLessThan(12);
	});

	it("a failure keeps yesterday's facts and is retried next time; a fresh answer is not asked again", async () => {
		const records: Record<string, FactsRecord> = {};
		const one = [addresses[0]!];
		await refreshFacts({ addresses: one, records, http: async (r) => answer(r.url), access: { base: {}, token: {} }, now: () => NOW, force: false });
		const later = new Date(NOW.getTime() + 3_600_000);
		const skipped = await refreshFacts({ addresses: one, records, http: async () => ({ status: 500, headers: {}, text: "", url: "" }), access: { base: {}, token: {} }, now: () => later, force: false });
		expect(skipped).toMatchObject({ total: 0, fresh: 1 });
		const failed = await refreshFacts({ addresses: one, records, http: async () => ({ status: 503, headers: {}, text: "", url: "" }), access: { base: {}, token: {} }, now: () => later, force: true });
		expect(failed.failed).toEqual([{ key: one[0]!.key, error: "http 503" }]);
		expect(records[one[0]!.key]).toMatchObject({ status: "failed", stars: 7, fetchedAt: NOW.toISOString(), error: "http 503" });
	});
});
