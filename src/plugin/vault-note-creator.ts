import { normalizePath, type App, type TFile } from "obsidian";
import type { NoteCreator } from "../core/notes/note-creator";

export function pathExists(app: App, path: string): boolean {
	return app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
}

/** Creates every missing folder of `folder` ("" or "/" is the vault root), one level at a time. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	const normalized = normalizePath(folder);
	if (normalized === "/" || normalized === "") return;
	let current = "";
	for (const part of normalized.split("/")) {
		current = current === "" ? part : `${current}/${part}`;
		if (app.vault.getAbstractFileByPath(current) === null) await app.vault.createFolder(current);
	}
}

/**
 * `vault.create` only, which refuses an existing path: an existing note is "exists" and never
 * touched. The new file is returned for callers that open it (the new-entry modal).
 */
export async function createNoteIfAbsent(app: App, path: string, text: string): Promise<TFile | "exists"> {
	const normalized = normalizePath(path);
	if (pathExists(app, normalized)) return "exists";
	const slash = normalized.lastIndexOf("/");
	if (slash > 0) await ensureFolder(app, normalized.slice(0, slash));
	try {
		return await app.vault.create(normalized, text);
	} catch (error) {
		// Created by someone else between the check and the write: still not ours to replace.
		if (pathExists(app, normalized)) return "exists";
		throw error;
	}
}

/** The plugin's NoteCreator (outline import). */
export function vaultNoteCreator(app: App): NoteCreator {
	return { create: async (path, text) => ((await createNoteIfAbsent(app, path, text)) === "exists" ? "exists" : "created") };
}
