/**
 * For "no English UI text remains" checks: removes from rendered text everything that came from
 * the notes (names, summaries, tags, source titles, paths, repos, parents) or was quoted from them
 * or from the YAML library by a diagnostic, so only the plugin's own words are left to inspect.
 */
import type { IndexSnapshot } from "../../src/core/index/index-snapshot";

export function noteStrings(snapshot: IndexSnapshot): string[] {
	const strings = new Set<string>();
	const add = (value: string | null | undefined) => {
		if (value) strings.add(value);
	};
	for (const { entry } of snapshot.stages.flatMap((s) => s.entries)) {
		[entry.path, entry.name, entry.nameZh, entry.nameEn, entry.summary, entry.summaryZh, entry.summaryEn, entry.repo, entry.basedOn].forEach(add);
		if (entry.repo) add(entry.repo.replace(/^https?:\/\/(www\.)?/, "").replace(/^github\.com\//, "").replace(/\.git$|\/$/g, ""));
		for (const tag of entry.tags) [`#${tag}`, tag].forEach(add);
		for (const source of entry.sources) [source.title, source.url].forEach(add);
		for (const link of entry.links) [link.label, link.url].forEach(add);
	}
	for (const d of [...snapshot.problems, ...snapshot.warnings]) [d.path, ...Object.values(d.params)].forEach(add);
	// Longest first, so "veRL" never breaks up "veRL 发布" before the whole title is removed.
	return [...strings].sort((a, b) => b.length - a.length);
}

export function withoutNoteText(text: string, snapshot: IndexSnapshot): string {
	return noteStrings(snapshot).reduce((rest, value) => rest.split(value).join("\n"), text);
}
