import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { NoteCreator } from "../core/notes/note-creator";

/** Creates notes under `root` with the `wx` flag: the OS refuses to replace a file that exists, even one created a moment ago. */
export function fsNoteCreator(root: string): NoteCreator {
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
			try {
				writeFileSync(full, text, { encoding: "utf8", flag: "wx" });
				return Promise.resolve("created");
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === "EEXIST") return Promise.resolve("exists");
				throw error;
			}
		},
	};
}
