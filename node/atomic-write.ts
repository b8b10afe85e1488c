import { closeSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Crash-safe file writes for every CLI command: the new bytes go to a temporary file beside the
 * target, are synced to disk, and only then take the target's name in one step. A process killed at
 * any moment (SIGKILL, power cut after the sync) leaves the target either exactly as it was or exactly
 * as written, never half of it.
 *
 * The temporary name is a dot-file ending in `.tmp` (`.veRL.md.atlas-1234-0.tmp`): Obsidian does not
 * index dot-files, nothing reads it as a note, and a later write in the same folder removes any that a
 * killed run left behind.
 */

export interface ReplaceOptions {
	/** Permission bits for the result (default: the OS default for a new file). */
	mode?: number;
	/**
	 * Runs after the new bytes are synced, just before they replace the target; returning false
	 * abandons the write and leaves the target untouched (add-source re-reads the note here).
	 */
	beforeCommit?: () => boolean;
}

export interface CreateOptions {
	/**
	 * False leaves syncing the folder to the caller (`syncFolder`), once after many notes: an import of
	 * thousands of notes would otherwise sync the same folder thousands of times. Until then a power cut
	 * can lose the new name (the note is absent, never half-written); a kill cannot.
	 */
	syncFolder?: boolean;
}

/** Replaces (or creates) `path` with `data` atomically (install, export --force, the facts cache, the stages import saves in data.json). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
	replaceFileAtomic(path, data);
}

/** Replaces (or creates) `path` with `data` atomically; false when `beforeCommit` abandoned it. */
export function replaceFileAtomic(path: string, data: string | Uint8Array, options: ReplaceOptions = {}): boolean {
	const temp = writeTemp(path, data, options.mode);
	try {
		if (options.beforeCommit && !options.beforeCommit()) return false;
		renameSync(temp, path);
		syncFolder(dirname(path));
		return true;
	} finally {
		rmSync(temp, { force: true });
	}
}

/**
 * Creates `path` with `data` only if nothing is there, atomically: a hard link gives the complete temp
 * file the target's name and, unlike rename, refuses an existing target (even one created a moment
 * ago by someone else). Where the file system has no hard links, falls back to an exclusive create
 * followed by the write (the note can then be seen half-written if the process dies mid-write).
 */
export function createFileAtomic(path: string, data: string | Uint8Array, options: CreateOptions = {}): "created" | "exists" {
	const temp = writeTemp(path, data);
	try {
		linkSync(temp, path);
		if (options.syncFolder !== false) syncFolder(dirname(path));
		return "created";
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === "EEXIST") return "exists";
		if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS") return createExclusive(path, data);
		throw error;
	} finally {
		rmSync(temp, { force: true });
	}
}

/** Whether a name is one of our temporary files (for tests and for cleaning up after a killed run). */
export function isAtomicTempName(name: string): boolean {
	return TEMP_NAME.test(name);
}

const TEMP_NAME = /^\..*\.atlas-(\d+)-\d+\.tmp$/;
let counter = 0;
const swept = new Set<string>();

function writeTemp(path: string, data: string | Uint8Array, mode?: number): string {
	const folder = dirname(path);
	sweepStaleTemps(folder);
	const temp = join(folder, `.${basename(path)}.atlas-${process.pid}-${counter++}.tmp`);
	const fd = openSync(temp, "wx", mode);
	try {
		const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
		let written = 0;
		while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
		fsyncSync(fd);
	} catch (error) {
		closeSync(fd);
		rmSync(temp, { force: true });
		throw error;
	}
	closeSync(fd);
	return temp;
}

function createExclusive(path: string, data: string | Uint8Array): "created" | "exists" {
	let fd: number;
	try {
		fd = openSync(path, "wx");
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "EEXIST") return "exists";
		throw error;
	}
	try {
		const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
		let written = 0;
		while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	return "created";
}

/** The rename itself lives in the folder: syncing it makes the new name survive a power cut too. */
export function syncFolder(folder: string): void {
	let fd: number | undefined;
	try {
		fd = openSync(folder, "r");
		fsyncSync(fd);
	} catch {
		// Windows cannot open or sync a folder; the rename is still atomic there.
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** Removes temp files that a killed run left in `folder` (their process no longer exists); once per folder per run. */
export function sweepStaleTemps(folder: string): void {
	if (swept.has(folder)) return;
	swept.add(folder);
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return;
	}
	for (const name of names) {
		const pid = TEMP_NAME.exec(name)?.[1];
		if (pid !== undefined && Number(pid) !== process.pid && !processAlive(Number(pid))) rmSync(join(folder, name), { force: true });
	}
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === "EPERM";
	}
}
