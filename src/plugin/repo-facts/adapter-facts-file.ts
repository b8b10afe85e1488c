import { normalizePath, type DataAdapter } from "obsidian";
import type { FactsFile } from "../../core/repo-facts/facts-store";

/** `repo-facts.json` in the plugin's own folder, through the vault adapter (the CLI reads the same file). */
export function adapterFactsFile(adapter: DataAdapter, pluginDir: string): FactsFile {
	const path = normalizePath(`${pluginDir}/repo-facts.json`);
	return {
		read: async () => ((await adapter.exists(path)) ? adapter.read(path) : null),
		writeAtomically: async (text) => {
			const temp = `${path}.tmp`;
			await adapter.write(temp, text);
			// Desktop renames over the old file; an adapter that refuses gets the old file removed first.
			try {
				await adapter.rename(temp, path);
			} catch {
				if (await adapter.exists(path)) await adapter.remove(path);
				await adapter.rename(temp, path);
			}
		},
		setAside: async (stamp) => {
			const aside = path.replace(/\.json$/, `.${stamp}.json`);
			await adapter.rename(path, aside);
			return aside;
		},
	};
}
