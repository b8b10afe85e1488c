import type { Entry } from "../../core/model/entry";
import { emptyCache, type FactsCache } from "../../core/repo-facts/facts-cache";
import { addressesOf, factsLookup, type FactsLookup } from "../../core/repo-facts/facts-lookup";
import { loadFactsCache, saveFactsCache, type FactsFile, type LoadedCache } from "../../core/repo-facts/facts-store";
import type { HostAccess } from "../../core/repo-facts/hosts/host-apis";
import type { HttpPort } from "../../core/repo-facts/http-port";
import { refreshFacts, type RefreshOptions, type RefreshReport } from "../../core/repo-facts/refresh-facts";

export interface FactsServiceDeps {
	file: FactsFile;
	http: HttpPort;
	access: () => HostAccess;
	now: () => Date;
	staleMonths: () => number;
	limits?: RefreshOptions["limits"];
}

export interface RefreshRun {
	report: RefreshReport;
	/** Set when the cache could not be saved; the facts stay in memory for this session. */
	saveError: string | null;
}

/**
 * The facts cache while the plugin runs: loaded once, looked up by every surface, refreshed only
 * when asked. Subscribers repaint when the facts change.
 */
export class FactsService {
	private cache: FactsCache = emptyCache();
	private current: FactsLookup;
	private readonly listeners = new Set<() => void>();
	private running: AbortController | null = null;
	/** What loading found wrong with the file on disk, for one notice. */
	loadProblem: LoadedCache | null = null;

	constructor(private readonly deps: FactsServiceDeps) {
		this.current = factsLookup(this.cache, deps.now(), deps.staleMonths());
	}

	async load(): Promise<void> {
		const loaded = await loadFactsCache(this.deps.file, this.deps.now());
		this.cache = loaded.cache;
		if (loaded.problem !== null) this.loadProblem = loaded;
		this.changed();
	}

	lookup(): FactsLookup {
		return this.current;
	}

	get busy(): boolean {
		return this.running !== null;
	}

	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** The stale threshold or the day changed: facts are the same, what counts as stale is not. */
	changed(): void {
		this.current = factsLookup(this.cache, this.deps.now(), this.deps.staleMonths());
		for (const listener of [...this.listeners]) listener();
	}

	/** Null when a refresh is already running (one at a time). */
	async refresh(entries: Iterable<Entry>, options: { force: boolean; onProgress?: (done: number, total: number) => void }): Promise<RefreshRun | null> {
		if (this.running) return null;
		const controller = new AbortController();
		this.running = controller;
		try {
			const report = await refreshFacts({
				addresses: addressesOf(entries),
				records: this.cache.repos,
				http: this.deps.http,
				access: this.deps.access(),
				now: this.deps.now,
				force: options.force,
				signal: controller.signal,
				...(options.onProgress ? { onProgress: options.onProgress } : {}),
				...(this.deps.limits ? { limits: this.deps.limits } : {}),
			});
			let saveError: string | null = null;
			try {
				await saveFactsCache(this.deps.file, this.cache);
			} catch (error) {
				saveError = error instanceof Error ? error.message : String(error);
			}
			this.changed();
			return { report, saveError };
		} finally {
			this.running = null;
		}
	}

	cancel(): void {
		this.running?.abort();
	}
}
