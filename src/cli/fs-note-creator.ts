import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { NoteCreator } from "../core/notes/note-creator";
import { createFileAtomic, sweepStaleTemps } from "./atomic-write";

/** Creates notes under `root`, whole or not at all, never replacing a file that exists (even one created a moment ago). */
export function fsNoteCreator(root: string): NoteCreator {
	// A rerun after a killed import may find every note already written: still clear what the kill left.
	sweepStaleTemps(root);
	return {
		create(path, text) {
			const full = join(root, ...path.split("/"));
			mkdirSync(dirname(full), { recursive: true });
			return Promise.resolve(createFileAtomic(full, text));
		},
	};
}
