import { factsLookup, type FactsLookup } from "../../core/repo-facts/facts-lookup";
import { loadFactsCache, type LoadedCache } from "../../core/repo-facts/facts-store";
import type { CliContext } from "../cli-context";
import { fsFactsFile } from "./fs-facts-file";

export interface CliFacts {
	file: ReturnType<typeof fsFactsFile>;
	loaded: LoadedCache;
	lookup: FactsLookup;
}

/** The vault's facts cache for any command; a corrupt or newer file is set aside (and said so on stderr), never fatal. */
export async function loadCliFacts(vault: string, context: CliContext, staleMonths: number): Promise<CliFacts> {
	const file = fsFactsFile(vault);
	const now = context.io.now();
	const loaded = await loadFactsCache(file, now);
	if (loaded.problem !== null) {
		const key = loaded.problem === "corrupt" ? "facts.summary.cacheSetAside" : "facts.summary.cacheNewer";
		context.io.err(context.i18n.t(key, { path: loaded.setAsideAs ?? file.path }) + "\n");
	}
	return { file, loaded, lookup: factsLookup(loaded.cache, now, staleMonths) };
}
