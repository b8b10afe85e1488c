import { mkdirSync, readFileSync, renameSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
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
		writeAtomically: async (text) => writeAtomically(path, text),
		setAside: async (stamp) => {
			const aside = path.replace(/\.json$/, `.${stamp}.json`);
			renameSync(path, aside);
			return aside;
		},
	};
}

/** Temp file in the same folder (same file system, so rename is atomic), then rename over the target. */
export function writeAtomically(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
	try {
		writeFileSync(temp, text, { encoding: "utf8", flag: "wx" });
		renameSync(temp, path);
	} catch (error) {
		rmSync(temp, { force: true });
		throw error;
	}
}
