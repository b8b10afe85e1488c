import { mkdirSync, readFileSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../atomic-write";
import { FACTS_CACHE_FILE } from "../../core/repo-facts/facts-cache";
import type { FactsFile } from "../../core/repo-facts/facts-store";
/** `repo-facts.json` in the vault's plugin folder (`folder`), the same file the plugin reads. */
export function fsFactsFile(folder: string): FactsFile & { path: string } {
	const path = join(folder, FACTS_CACHE_FILE);
	return {
		path,
		read: async () => {
			try {
				return readFileSync(path, "utf8");
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
				throw error;
			}
		},
		writeAtomically: async (text) => {
			mkdirSync(dirname(path), { recursive: true });
			writeFileAtomic(path, text);
		},
		setAside: async (stamp) => {
			const aside = path.replace(/\.json$/, `.${stamp}.json`);
			renameSync(path, aside);
			return aside;
		},
	};
}
