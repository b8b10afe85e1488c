import type { MachineFiles } from "./machine";

/**
 * Crash-safe note edits for the CLI: the new text replaces the note through node/atomic-write.ts (a synced
 * temporary file beside it, then rename), and just before the rename the note is read again; if it
 * changed since it was read, nothing is replaced and the caller gets the new text to redo its edit on.
 * Limit: an edit landing in the microseconds between that last read and the rename can still be
 * overwritten — the same window any editor's save has; Obsidian's own `vault.process` closes it.
 */
export function replaceIfUnchanged(files: MachineFiles, path: string, expected: string, next: string, beforeRename?: (path: string) => void): string | null {
	let current = expected;
	const replaced = files.replaceAtomic(path, next, {
		mode: files.stat(path).mode & 0o777,
		beforeCommit: () => {
			beforeRename?.(path);
			current = files.readText(path);
			return current === expected;
		},
	});
	return replaced ? null : current;
}

export type NoteText = { kind: "text"; text: string } | { kind: "missing" } | { kind: "not-utf8" };

/** A note's text, refused when it is not UTF-8: decoding would replace bytes and writing back would lose them. */
export function readNoteText(files: MachineFiles, path: string): NoteText {
	let bytes: Uint8Array;
	try {
		bytes = files.readBytes(path);
	} catch {
		return { kind: "missing" };
	}
	try {
		return { kind: "text", text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
	} catch {
		return { kind: "not-utf8" };
	}
}

/** How often the note may change under us before we give up rather than risk losing an edit. */
export const WRITE_ATTEMPTS = 3;

/**
 * Applies `edit` to the note and writes it safely, redoing the edit on the newer text when the note
 * changed in between. "changed" after WRITE_ATTEMPTS tries; the edit may also decline (null).
 */
export function editNote(files: MachineFiles, path: string, text: string, edit: (text: string) => string | null, beforeRename?: (path: string) => void): "written" | "declined" | "changed" {
	let before = text;
	for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
		const next = edit(before);
		if (next === null) return "declined";
		const latest = replaceIfUnchanged(files, path, before, next, beforeRename);
		if (latest === null) return "written";
		before = latest;
	}
	return "changed";
}
