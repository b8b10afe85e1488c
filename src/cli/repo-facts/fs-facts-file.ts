import { FACTS_CACHE_FILE } from "../../core/repo-facts/facts-cache";
import type { FactsFile } from "../../core/repo-facts/facts-store";
import type { Machine } from "../machine";

/** `repo-facts.json` in the vault's plugin folder (`folder`), the same file the plugin reads. */
export function fsFactsFile({ files, paths }: Machine, folder: string): FactsFile & { path: string } {
	const path = paths.join(folder, FACTS_CACHE_FILE);
	return {
		path,
		read: async () => {
			try {
				return files.readText(path);
			} catch (error) {
				if ((error as { code?: unknown }).code === "ENOENT") return null;
				throw error;
			}
		},
		writeAtomically: async (text) => {
			files.makeFolder(paths.dirname(path));
			files.writeAtomic(path, text);
		},
		setAside: async (stamp) => {
			const aside = path.replace(/\.json$/, `.${stamp}.json`);
			files.rename(path, aside);
			return aside;
		},
	};
}
