/**
 * Finds the frontmatter block the way Obsidian does: the first line is exactly `---`
 * (a language after it, like `---js`, is reported, never run) and the block ends at the
 * next line that is exactly `---`. Cheap on purpose: most notes are rejected here.
 */
export type FrontmatterSplit =
	| { kind: "none"; body: string; bodyLine: number }
	| { kind: "unclosed" }
	| { kind: "foreign-language"; language: string }
	| { kind: "yaml"; yaml: string; body: string; bodyLine: number };

const BOM = "\uFEFF";
const LANGUAGE_NAME = /^[A-Za-z][\w+.-]*$/;

export function splitFrontmatter(text: string): FrontmatterSplit {
	const source = text.startsWith(BOM) ? text.slice(1) : text;
	const firstBreak = source.indexOf("\n");
	const firstLine = trimLineEnd(firstBreak === -1 ? source : source.slice(0, firstBreak));
	if (!firstLine.startsWith("---") || firstLine.startsWith("----")) return { kind: "none", body: source, bodyLine: 0 };
	const language = firstLine.slice(3).trim();
	// `---js` names an engine; `---` followed by prose (or a whole CR-only note) is no frontmatter at all.
	if (language !== "" && !LANGUAGE_NAME.test(language)) return { kind: "none", body: source, bodyLine: 0 };
	if (language !== "") return { kind: "foreign-language", language };
	if (firstBreak === -1) return { kind: "unclosed" };
	return findClosing(source, firstBreak + 1);
}

function findClosing(source: string, start: number): FrontmatterSplit {
	let lineStart = start;
	let lineNumber = 1;
	while (lineStart <= source.length) {
		const lineEnd = source.indexOf("\n", lineStart);
		const end = lineEnd === -1 ? source.length : lineEnd;
		// Only a line starting with `---` can close; most lines are not sliced and trimmed at all.
		if (source.startsWith("---", lineStart) && trimLineEnd(source.slice(lineStart, end)) === "---") {
			const yaml = source.slice(start, lineStart);
			const body = lineEnd === -1 ? "" : source.slice(lineEnd + 1);
			return { kind: "yaml", yaml, body, bodyLine: lineNumber + 1 };
		}
		if (lineEnd === -1) break;
		lineStart = lineEnd + 1;
		lineNumber++;
	}
	return { kind: "unclosed" };
}

function trimLineEnd(line: string): string {
	return line.replace(/[ \t\r]+$/, "");
}
