import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { NoteCreator } from "../core/notes/note-creator";
import { createFileAtomic, sweepStaleTemps } from "./atomic-write";

/** Creates notes under `root`, whole or not at all, never replacing a file that exists (even one created a moment ago). */
export function fsNoteCreator(root: string): NoteCreator {
	// A rerun after a killed import may find every note already written: still clear what the kill left.
	sweepStaleTemps(root);
	// An import writes hundreds of notes into a few folders: each folder is made once.
	const made = new Set<string>();
	return {
		create(path, text) {
			const full = join(root, ...path.split("/"));
			const folder = dirname(full);
			if (!made.has(folder)) {
				mkdirSync(folder, { recursive: true });
				made.add(folder);
			}
			return Promise.resolve(createFileAtomic(full, text));
		},
	};
}
