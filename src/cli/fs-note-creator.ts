import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { NoteCreator } from "../core/notes/note-creator";
import { createFileAtomic, sweepStaleTemps, syncFolder } from "./atomic-write";

/** A NoteCreator for many notes at once: `syncFolders` makes the new names durable, once per folder. */
export interface BatchNoteCreator extends NoteCreator {
	syncFolders(): void;
}

/**
 * Creates notes under `root`, whole or not at all, never replacing a file that exists (even one created
 * a moment ago). Each note's bytes are synced before it gets its name; the folders holding the names are
 * synced as each note is created, or with `batch` only when the caller calls `syncFolders` after the last
 * one (an import: two syncs per note made it three times slower than writing the notes).
 */
export function fsNoteCreator(root: string, options: { batch?: boolean } = {}): BatchNoteCreator {
	// A rerun after a killed import may find every note already written: still clear what the kill left.
	sweepStaleTemps(root);
	// An import writes hundreds of notes into a few folders: each folder is made once.
	const made = new Set<string>();
	const unsynced = new Set<string>();
	return {
		create(path, text) {
			const full = join(root, ...path.split("/"));
			const folder = dirname(full);
			if (!made.has(folder)) {
				mkdirSync(folder, { recursive: true });
				made.add(folder);
			}
			const outcome = createFileAtomic(full, text, { syncFolder: options.batch !== true });
			if (outcome === "created" && options.batch === true) unsynced.add(folder);
			return Promise.resolve(outcome);
		},
		syncFolders() {
			for (const folder of unsynced) syncFolder(folder);
			unsynced.clear();
		},
	};
}
