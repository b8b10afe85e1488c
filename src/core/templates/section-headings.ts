import { foldForMatch } from "../text/fold";

/** The three sections of the built-in template, as written in the active language. */
export interface SectionHeadings {
	summary: string;
	sources: string;
	notes: string;
}

/**
 * Spellings that make a heading the Sources heading, in either language. A heading matches when
 * every word of it is one of these, so `## Sources`, `### 来源`, `## Sources / 来源` and
 * `## 来源 Sources` all do, while `## Sources of error` does not.
 */
const SOURCE_WORDS = new Set(["sources", "source", "来源", "资料来源", "参考来源", "出处"]);
const WORD_SEPARATORS = /[\s/|｜·・,，、:：()（）[\]【】]+/;

export function isSourcesHeading(text: string, extra: readonly string[] = []): boolean {
	const folded = foldForMatch(text);
	if (extra.some((e) => foldForMatch(e) === folded && folded !== "")) return true;
	const words = text
		.toLowerCase()
		.normalize("NFKC")
		.split(WORD_SEPARATORS)
		.filter((w) => w !== "");
	return words.length > 0 && words.every((w) => SOURCE_WORDS.has(w));
}
