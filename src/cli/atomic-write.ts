import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Replaces `path` with `data` so that a crash or a full disk leaves either the old file or the new one,
 * never a truncated mix: the bytes go to a temporary file beside the target (same folder, so the same
 * file system), are flushed to disk, and only then renamed over the target.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
	let fd: number | undefined;
	try {
		fd = openSync(temporary, "wx");
		const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
		for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		renameSync(temporary, path);
	} catch (error) {
		if (fd !== undefined) closeSync(fd);
		rmSync(temporary, { force: true });
		throw error;
	}
}
