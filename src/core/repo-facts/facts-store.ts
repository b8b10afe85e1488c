import { parseFactsCache, serializeFactsCache, type CacheProblem, type FactsCache } from "./facts-cache";

/** Where the cache file lives; the plugin's vault adapter or the CLI's file system. */
export interface FactsFile {
	read(): Promise<string | null>;
	/** Temp file beside the cache, then rename: a crash leaves the old file or the new one, never half of one. */
	writeAtomically(text: string): Promise<void>;
	/** Renames the unusable file aside (`repo-facts.corrupt-<time>.json`); returns the new name. */
	setAside(stamp: string): Promise<string>;
}

export interface LoadedCache {
	cache: FactsCache;
	/** Set when the file on disk was unusable and was renamed to `setAsideAs`. */
	problem: CacheProblem | null;
	setAsideAs: string | null;
}

/** Loads the cache; a corrupt or newer file is renamed aside (never deleted) and an empty cache returned. */
export async function loadFactsCache(file: FactsFile, now: Date): Promise<LoadedCache> {
	let text: string | null;
	try {
		text = await file.read();
	} catch {
		// Unreadable is not corrupt: there is nothing we could set aside, so start empty.
		return { cache: parseFactsCache(null).cache, problem: null, setAsideAs: null };
	}
	const { cache, problem } = parseFactsCache(text);
	if (problem === null) return { cache, problem, setAsideAs: null };
	const stamp = now.toISOString().replace(/[:.]/g, "-");
	let setAsideAs: string | null = null;
	try {
		setAsideAs = await file.setAside(`${problem === "corrupt" ? "corrupt" : "newer"}-${stamp}`);
	} catch {
		// Could not rename it: leave it be; the next save replaces it atomically.
	}
	return { cache, problem, setAsideAs };
}

export async function saveFactsCache(file: FactsFile, cache: FactsCache): Promise<void> {
	await file.writeAtomically(serializeFactsCache(cache));
}
