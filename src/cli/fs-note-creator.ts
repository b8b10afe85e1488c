import type { NoteCreator } from "../core/notes/note-creator";
import type { Machine } from "./machine";

/** Creates notes under `root`, whole or not at all, never replacing a file that exists (even one created a moment ago). */
export function fsNoteCreator({ files, paths }: Machine, root: string): NoteCreator {
	// A rerun after a killed import may find every note already written: still clear what the kill left.
	files.sweepStaleTemps(root);
	// An import writes hundreds of notes into a few folders: each folder is made once.
	const made = new Set<string>();
	return {
		create(path, text) {
			const full = paths.join(root, ...path.split("/"));
			const folder = paths.dirname(full);
			if (!made.has(folder)) {
				files.makeFolder(folder);
				made.add(folder);
			}
			return Promise.resolve(files.createAtomic(full, text));
		},
	};
}
