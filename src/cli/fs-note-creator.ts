import type { NoteCreator } from "../core/notes/note-creator";
import type { Machine } from "./machine";

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
export function fsNoteCreator({ files, paths }: Machine, root: string, options: { batch?: boolean } = {}): BatchNoteCreator {
	// A rerun after a killed import may find every note already written: still clear what the kill left.
	files.sweepStaleTemps(root);
	// An import writes hundreds of notes into a few folders: each folder is made once.
	const made = new Set<string>();
	const unsynced = new Set<string>();
	return {
		create(path, text) {
			const full = paths.join(root, ...path.split("/"));
			const folder = paths.dirname(full);
			if (!made.has(folder)) {
				files.makeFolder(folder);
				made.add(folder);
			}
			const outcome = files.createAtomic(full, text, { syncFolder: options.batch !== true });
			if (outcome === "created" && options.batch === true) unsynced.add(folder);
			return Promise.resolve(outcome);
		},
		syncFolders() {
			for (const folder of unsynced) files.syncFolder(folder);
			unsynced.clear();
		},
	};
}
