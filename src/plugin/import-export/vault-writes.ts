import { normalizePath, type App } from "obsidian";
import type { NoteCreator } from "../../core/import/apply-plan";

export function pathExists(app: App, path: string): boolean {
	return app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
}

/** Creates every missing folder of `folder` ("" or "/" is the vault root). */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	const normalized = normalizePath(folder);
	if (normalized === "/" || normalized === "") return;
	let current = "";
	for (const part of normalized.split("/")) {
		current = current === "" ? part : `${current}/${part}`;
		if (app.vault.getAbstractFileByPath(current) === null) await app.vault.createFolder(current);
	}
}

/** `vault.create` only: an existing note is reported as "exists" and never touched. */
export function vaultNoteCreator(app: App): NoteCreator {
	return {
		async create(path, text) {
			const normalized = normalizePath(path);
			if (pathExists(app, normalized)) return "exists";
			const slash = normalized.lastIndexOf("/");
			if (slash > 0) await ensureFolder(app, normalized.slice(0, slash));
			try {
				await app.vault.create(normalized, text);
				return "created";
			} catch (error) {
				// Created by someone else between the check and the write: still not ours to replace.
				if (pathExists(app, normalized)) return "exists";
				throw error;
			}
		},
	};
}
