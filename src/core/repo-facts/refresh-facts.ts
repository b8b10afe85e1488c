import { classifyAnswer, type Answer } from "./classify-answer";
import { HOST_APIS, type HostAccess } from "./hosts/host-apis";
import { TransportError, type HttpPort, type HttpResponse } from "./http-port";
import type { RepoAddress } from "./repo-address";
import { emptyFacts, type FactsRecord, type RepoHost } from "./repo-facts-types";

export const REFRESH_LIMITS = {
	concurrency: 4,
	timeoutMs: 10_000,
	/** A repository answer is a few kilobytes; anything near a megabyte is not one. */
	maxBytes: 1_000_000,
	freshForMs: 24 * 60 * 60 * 1000,
};

export interface RefreshOptions {
	/** Unique by key. */
	addresses: readonly RepoAddress[];
	/** The cache's records by key; updated in place as answers arrive, so a stop keeps what was fetched. */
	records: Record<string, FactsRecord>;
	http: HttpPort;
	access: HostAccess;
	now: () => Date;
	/** Ask again even for repositories answered within the last 24 hours. */
	force: boolean;
	signal?: AbortSignal;
	onProgress?: (done: number, total: number) => void;
	limits?: Partial<typeof REFRESH_LIMITS>;
}

export interface RefreshReport {
	/** Repositories asked about (not fresh enough to skip). */
	total: number;
	/** Answered within the freshness window, not asked again. */
	fresh: number;
	updated: number;
	unchanged: number;
	notFound: string[];
	moved: { key: string; to: string }[];
	failed: { key: string; error: string }[];
	/** Hosts that ran out of rate limit, with when it resets (null when the host did not say). */
	rateLimited: { host: RepoHost; resetAt: string | null }[];
	/** Never asked: their host hit its rate limit, or the run was cancelled. Their records are unchanged. */
	skipped: string[];
	cancelled: boolean;
}

/**
 * Asks each host about each repository, at most 4 at a time, with the stored ETag. A rate limit stops
 * that host (other hosts go on); a timeout, a 5xx or malformed JSON marks that repository failed and
 * goes on. Never throws for a network problem.
 */
export async function refreshFacts(options: RefreshOptions): Promise<RefreshReport> {
	const limits = { ...REFRESH_LIMITS, ...options.limits };
	const report: RefreshReport = { total: 0, fresh: 0, updated: 0, unchanged: 0, notFound: [], moved: [], failed: [], rateLimited: [], skipped: [], cancelled: false };
	const queue = options.addresses.filter((address) => {
		const fresh = !options.force && isFresh(options.records[address.key], options.now(), limits.freshForMs);
		if (fresh) report.fresh++;
		return !fresh;
	});
	report.total = queue.length;
	const stopped = new Set<RepoHost>();
	let done = 0;
	let next = 0;
	options.onProgress?.(0, report.total);
	const worker = async (): Promise<void> => {
		while (next < queue.length) {
			const address = queue[next++]!;
			if (options.signal?.aborted || stopped.has(address.host)) {
				report.skipped.push(address.key);
				continue;
			}
			const answer = await ask(address, options, limits);
			if (answer.kind === "rate-limited") {
				if (!stopped.has(address.host)) report.rateLimited.push({ host: address.host, resetAt: answer.resetAt });
				stopped.add(address.host);
				report.skipped.push(address.key);
			} else if (answer.kind === "failed" && answer.error === "cancelled") report.skipped.push(address.key);
			else record(address, answer, options, report);
			options.onProgress?.(++done, report.total);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limits.concurrency, queue.length) }, worker));
	report.cancelled = options.signal?.aborted ?? false;
	return report;
}

function isFresh(record: FactsRecord | undefined, now: Date, freshForMs: number): boolean {
	if (record === undefined || record.status === "failed" || record.fetchedAt === null) return false;
	const age = now.getTime() - Date.parse(record.fetchedAt);
	return age >= 0 && age < freshForMs;
}

async function ask(address: RepoAddress, options: RefreshOptions, limits: typeof REFRESH_LIMITS): Promise<Answer> {
	const api = HOST_APIS[address.host];
	const previous = options.records[address.key];
	const headers = api.headers(options.access.token[address.host] ?? null);
	// An ETag only helps while we still hold the facts it stands for.
	if (previous?.etag && previous.fetchedAt !== null && previous.status !== "not-found") headers["if-none-match"] = previous.etag;
	const url = api.requestUrl(address, options.access.base[address.host] ?? api.defaultBase);
	try {
		const response = await withCancel(options, limits, url, headers);
		return classifyAnswer(response, api, address, limits.maxBytes, options.now());
	} catch (error) {
		// Whatever a transport throws once the user cancelled is the cancel, not a network failure.
		if (options.signal?.aborted) return { kind: "failed", error: "cancelled" };
		return { kind: "failed", error: error instanceof TransportError ? error.reason : "network" };
	}
}

/** Each transport enforces the deadline itself (it owns the timers); a user's cancel aborts the request. */
async function withCancel(options: RefreshOptions, limits: typeof REFRESH_LIMITS, url: string, headers: Record<string, string>): Promise<HttpResponse> {
	const controller = new AbortController();
	let onCancel = (): void => controller.abort();
	const cancelled = new Promise<never>((_, reject) => {
		onCancel = () => {
			controller.abort();
			reject(new TransportError("cancelled"));
		};
	});
	if (options.signal?.aborted) onCancel();
	options.signal?.addEventListener("abort", onCancel);
	try {
		return await Promise.race([options.http({ url, headers, timeoutMs: limits.timeoutMs, maxBytes: limits.maxBytes, signal: controller.signal }), cancelled]);
	} finally {
		options.signal?.removeEventListener("abort", onCancel);
	}
}

function record(address: RepoAddress, answer: Exclude<Answer, { kind: "rate-limited" }>, options: RefreshOptions, report: RefreshReport): void {
	const previous = options.records[address.key];
	const base: FactsRecord = previous ?? { ...emptyFacts(), host: address.host, status: "failed", etag: null, fetchedAt: null, error: null };
	const fetchedAt = options.now().toISOString();
	switch (answer.kind) {
		case "fresh":
			options.records[address.key] = {
				...answer.parsed.facts,
				movedTo: answer.movedTo,
				host: address.host,
				status: answer.movedTo === null ? "ok" : "moved",
				etag: answer.etag,
				fetchedAt,
				error: null,
			};
			report.updated++;
			if (answer.movedTo !== null) report.moved.push({ key: address.key, to: answer.movedTo });
			return;
		case "unchanged":
			options.records[address.key] = { ...base, status: base.movedTo === null ? "ok" : "moved", etag: answer.etag ?? base.etag, fetchedAt, error: null };
			report.unchanged++;
			if (base.movedTo !== null) report.moved.push({ key: address.key, to: base.movedTo });
			return;
		case "not-found":
			options.records[address.key] = { ...emptyFacts(), host: address.host, status: "not-found", etag: null, fetchedAt, error: null };
			report.notFound.push(address.key);
			return;
		case "failed":
			// The facts we had stay: a bad answer today does not make yesterday's numbers wrong.
			options.records[address.key] = { ...base, status: "failed", error: answer.error };
			report.failed.push({ key: address.key, error: answer.error });
	}
}
