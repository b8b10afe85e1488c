import { TFile } from "obsidian";
import type { Entry } from "../../core/model/entry";
import { setFrontmatterLines } from "../../core/notes/frontmatter-lines";
import type { AtlasContext } from "../atlas-context";

/**
 * "Write facts into frontmatter": `stars:` and `pushed:` (a YYYY-MM-DD day) for each entry with
 * facts, through vault.process so a concurrent edit is not lost; only those two lines change.
 */
export async function writeFactsToFrontmatter(context: AtlasContext, entries: readonly Entry[]): Promise<void> {
	const lookup = context.facts.lookup();
	for (const entry of entries) {
		const facts = lookup.factsOf(entry);
		if (facts === null || facts.stars === null) continue;
		const values: Record<string, string> = { stars: String(facts.stars) };
		if (facts.pushedAt !== null) values.pushed = facts.pushedAt.slice(0, 10);
		const file = context.app.vault.getAbstractFileByPath(entry.path);
		if (!(file instanceof TFile)) continue;
		// Unchanged facts touch no file (no modify event, no sync churn).
		const current = await context.app.vault.cachedRead(file);
		const next = setFrontmatterLines(current, values);
		if (next === null || next === current) continue;
		await context.app.vault.process(file, (text) => setFrontmatterLines(text, values) ?? text);
	}
}
