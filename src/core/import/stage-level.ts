import type { StageVocabulary } from "../stages/stage-vocabulary";
import { isBoilerplateHeading } from "./boilerplate";
import { cleanName } from "./clean-name";
import { frameworkItems } from "./framework-items";
import { parseEntryHeading } from "./heading-name";
import type { OutlineLine } from "./outline-lines";
import { matchStageHeading } from "./stage-heading-match";

/** A heading that can name an entry or a category: something is left once markup and stars are removed. */
export function isSubHeading(line: OutlineLine): boolean {
	return line.heading !== null && parseEntryHeading(cleanName(line.heading.text)) !== null;
}

/**
 * The outline's stage level: the shallowest heading level (a lone `#` title aside) whose headings
 * group things (sub-headings, repository items, or a known stage name). The seed uses `##`;
 * awesome-lists whose `##` holds only 目录 and Star History use `###`. Null when the shallowest
 * level groups nothing (`### vLLM`, `### SGLang` are entries, not stages) or there are no headings.
 */
export function detectStageLevel(lines: readonly OutlineLine[], vocabulary: StageVocabulary): number | null {
	const headings = lines.flatMap((line, index) => (isSubHeading(line) && !isBoilerplateHeading(line.heading!.text) ? [{ line, index }] : []));
	const levels = [...new Set(headings.map((h) => h.line.heading!.level))].sort((a, b) => a - b);
	for (const level of levels) {
		const atLevel = headings.filter((h) => h.line.heading!.level === level);
		if (level === 1 && atLevel.length === 1) continue;
		return atLevel.some((h) => groups(lines, h.index, vocabulary)) ? level : null;
	}
	return null;
}

function groups(lines: readonly OutlineLine[], index: number, vocabulary: StageVocabulary): boolean {
	const heading = lines[index]!.heading!;
	const title = cleanName(heading.text);
	if (matchStageHeading(title, vocabulary) !== null) return true;
	const direct: OutlineLine[] = [];
	for (let at = index + 1; at < lines.length; at++) {
		const next = lines[at]!;
		if (next.heading !== null) {
			if (next.heading.level > heading.level) return true;
			break;
		}
		direct.push(next);
	}
	return frameworkItems(direct).some((name) => name.toLowerCase() !== title.toLowerCase());
}
