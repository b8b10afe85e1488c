import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { NoteCreator } from "../core/notes/note-creator";

/** Creates notes under `root` with the `wx` flag: the OS refuses to replace a file that exists, even one created a moment ago. */
export function fsNoteCreator(root: string): NoteCreator {
	return {
		create(path, text) {
			const full = join(root, ...path.split("/"));
			mkdirSync(dirname(full), { recursive: true });
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
