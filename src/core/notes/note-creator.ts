/**
 * The one way Framework Atlas writes a new note: outline import, `atlas new` and the new-entry
 * modal all go through it. A note is written only if nothing is at the path; an existing file is
 * reported as "exists" and never touched, even one that appeared between a check and the write
 * (the file system's `wx` flag in the CLI, `vault.create` refusing in the plugin). Missing folders
 * are created. Implementations: src/cli/fs-note-creator.ts, src/plugin/vault-note-creator.ts.
 */
export interface NoteCreator {
	create(path: string, text: string): Promise<"created" | "exists">;
}
