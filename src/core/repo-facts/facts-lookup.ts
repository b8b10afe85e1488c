import type { Entry } from "../model/entry";
import { staleCutoff, type QueryFacts } from "../query/query-facts";
import type { FactsCache } from "./facts-cache";
import { repoAddress, type RepoAddress } from "./repo-address";
import { hasFacts, type FactsRecord } from "./repo-facts-types";

/** Facts by entry for every surface: the record for the entry's `repo:`, and the view queries read. */
export interface FactsLookup extends QueryFacts {
	recordOf(entry: Entry): FactsRecord | null;
}

const addresses = new Map<string, RepoAddress | null>();

/** Parsed once per distinct URL: the same repo strings come back on every repaint. */
export function addressOf(repo: string | null): RepoAddress | null {
	if (repo === null) return null;
	let address = addresses.get(repo);
	if (address === undefined) {
		address = repoAddress(repo);
		if (addresses.size > 10_000) addresses.clear();
		addresses.set(repo, address);
	}
	return address;
}

export function factsLookup(cache: FactsCache, now: Date, staleMonths: number): FactsLookup {
	const recordOf = (entry: Entry): FactsRecord | null => {
		const address = addressOf(entry.repo);
		return address === null ? null : (cache.repos[address.key] ?? null);
	};
	return {
		recordOf,
		factsOf: (entry) => {
			const record = recordOf(entry);
			return hasFacts(record) ? record : null;
		},
		staleBefore: staleMonths > 0 ? staleCutoff(now, staleMonths) : null,
	};
}

/** Every supported repository the entries name, once each, in entry order. */
export function addressesOf(entries: Iterable<Entry>): RepoAddress[] {
	const seen = new Map<string, RepoAddress>();
	for (const entry of entries) {
		const address = addressOf(entry.repo);
		if (address !== null && !seen.has(address.key)) seen.set(address.key, address);
	}
	return [...seen.values()];
}
