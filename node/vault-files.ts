import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Folders that are never notes: the vault's config folder, VCS data, trash, dependencies. */
const SKIPPED_FOLDERS = /^(\..*|node_modules)$/;

/** Every markdown note under `root`, as [vault-relative path with `/`, text], in a stable order. */
export function readVaultNotes(root: string): [string, string][] {
	return listMarkdownFiles(root).map((file) => [relative(root, file).split(sep).join("/"), readFileSync(file, "utf8")]);
}

export function listMarkdownFiles(root: string): string[] {
	const files: string[] = [];
	const walk = (folder: string): void => {
		for (const item of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const full = join(folder, item.name);
			if (item.isDirectory()) {
				if (!SKIPPED_FOLDERS.test(item.name)) walk(full);
			} else if (item.isFile() && item.name.toLowerCase().endsWith(".md")) files.push(full);
		}
	};
	walk(root);
	return files;
}

export function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
