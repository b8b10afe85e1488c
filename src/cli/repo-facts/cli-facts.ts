import { factsLookup, type FactsLookup } from "../../core/repo-facts/facts-lookup";
import { loadFactsCache, type LoadedCache } from "../../core/repo-facts/facts-store";
import type { CliContext } from "../cli-context";
import { pluginFolder } from "../vault-settings";
import { fsFactsFile } from "./fs-facts-file";

export interface CliFacts {
	/** Null when the vault has no Obsidian configuration folder: nothing is cached there, facts are empty. */
	file: ReturnType<typeof fsFactsFile> | null;
	loaded: LoadedCache;
	lookup: FactsLookup;
}

/** The vault's facts cache for any command; a corrupt or newer file is set aside (and said so on stderr), never fatal. */
export async function loadCliFacts(vault: string, context: CliContext, staleMonths: number): Promise<CliFacts> {
	const folder = pluginFolder(context.io.machine, vault);
	const file = folder === null ? null : fsFactsFile(context.io.machine, folder);
	const now = context.io.now();
	const loaded = await loadFactsCache(file ?? { read: async () => null, writeAtomically: async () => undefined, setAside: async (stamp) => stamp }, now);
	if (loaded.problem !== null) {
		const key = loaded.problem === "corrupt" ? "facts.summary.cacheSetAside" : "facts.summary.cacheNewer";
		context.io.err(context.i18n.t(key, { path: loaded.setAsideAs ?? file?.path ?? "" }) + "\n");
	}
	return { file, loaded, lookup: factsLookup(loaded.cache, now, staleMonths) };
}
