import type { FetchLimits, FetchRefusal } from "../core/net/fetch-policy";
import type { HttpPort } from "../core/repo-facts/http-port";

/**
 * Everything the CLI needs from the computer it runs on, and nothing more: the commands in src/cli are
 * plain TypeScript over this port, and node/node-machine.ts is the one implementation on Node (files,
 * paths, network, child processes). node/main.ts, the CLI bundle's entry, hands it to runCli with the
 * process's argv, env and streams.
 */
export interface Machine {
	readonly files: MachineFiles;
	readonly paths: MachinePaths;
	/** HTTP(S) for `atlas repos`: redirects as the redirect policy allows, a byte cap, a deadline. */
	readonly http: HttpPort;
	/** GET for `--fetch-title` under the fetch policy; never throws, a refusal says which rule stopped it. */
	fetchPage(url: string, limits: Partial<FetchLimits>): Promise<FetchAnswer>;
	/** Runs the plugin's production build (esbuild.config.mjs) in its own process; throws when it fails. */
	buildPlugin(packageRoot: string): void;
}

export type FetchAnswer = { ok: true; bytes: Uint8Array; contentType: string | null; url: string } | { ok: false; refusal: FetchRefusal };

/** What a path is: a file, a folder, or nothing we can stat. */
export type PathKind = "file" | "folder" | null;

/** Synchronous file access; reads throw the system's error (with its `code`, e.g. ENOENT) like Node's fs. */
export interface MachineFiles {
	readText(path: string): string;
	readBytes(path: string): Uint8Array;
	exists(path: string): boolean;
	kind(path: string): PathKind;
	/** Names in a folder (unsorted, as the system lists them). */
	list(folder: string): string[];
	/** Last modification time in ms, and the permission bits. */
	stat(path: string): { modifiedMs: number; mode: number };
	/** Creates the folder and any missing parents. */
	makeFolder(path: string): void;
	rename(from: string, to: string): void;
	/** Crash-safe writes (node/atomic-write.ts): the target is whole before or whole after, never half. */
	writeAtomic(path: string, data: string | Uint8Array): void;
	/** As writeAtomic; `beforeCommit` returning false abandons it (false is returned) and leaves the target alone. */
	replaceAtomic(path: string, data: string | Uint8Array, options?: { mode?: number; beforeCommit?: () => boolean }): boolean;
	/**
	 * Creates `path` only if nothing is there, whole or not at all. `syncFolder: false` leaves syncing the
	 * folder (which makes the new name survive a power cut) to a later `syncFolder`, once for many notes.
	 */
	createAtomic(path: string, data: string | Uint8Array, options?: { syncFolder?: boolean }): "created" | "exists";
	/** Syncs a folder's entries to disk (a no-op where the system cannot, as on Windows). */
	syncFolder(folder: string): void;
	/** Removes temporary files a killed run left in `folder`. */
	sweepStaleTemps(folder: string): void;
	/** The notes under `root` that may be entries or problems (a note's head decides), for the index. */
	readIndexCandidates(root: string, entryTag: string): IndexCandidates;
}

export interface IndexCandidates {
	/** [vault-relative path, text] of every note that may be an entry or a problem, in listing order. */
	notes: [string, string][];
	/** Bytes read from disk. */
	bytesRead: number;
}

/** The platform's path rules (Node's `path` on the running system). */
export interface MachinePaths {
	readonly sep: string;
	readonly resolve: (...paths: string[]) => string;
	readonly join: (...paths: string[]) => string;
	readonly dirname: (path: string) => string;
	readonly basename: (path: string) => string;
	readonly relative: (from: string, to: string) => string;
}
