/**
 * The part of a note body that is the user's own prose: everything outside fenced code blocks.
 * Search, body tags and dated lines all read this, so a sample inside ``` is never a match, a tag
 * or a source. As in CommonMark, a fence closes only on a bare run of the same character at least
 * as long; an unclosed fence runs to the end of the note.
 */
export function bodyProse(body: string): string {
	// Most bodies have no fence: return the body itself (a slice of the note text, not a copy).
	if (!hasFence(body)) return body;
	return proseLines(body).join("\n");
}

/**
 * The prose lines, each a slice of `body`. Parsers read these rather than a joined copy: what they
 * keep (a source's title, a tag) then points into the note text the index holds anyway, instead of
 * keeping a second copy of the whole body alive.
 */
export function proseLines(body: string): string[] {
	const lines = body.split(/\r?\n/);
	if (!hasFence(body)) return lines;
	const kept: string[] = [];
	let fence: string | null = null;
	for (const line of lines) {
		const marker = line.includes("``") || line.includes("~~") ? /^\s*(`{3,}|~{3,})(.*)$/.exec(line) : null;
		if (fence === null && marker) {
			fence = marker[1]!;
			continue;
		}
		if (fence !== null) {
			if (marker && marker[1]![0] === fence[0] && marker[1]!.length >= fence.length && marker[2]!.trim() === "") fence = null;
			continue;
		}
		kept.push(line);
	}
	return kept;
}

function hasFence(body: string): boolean {
	return body.includes("```") || body.includes("~~~");
}
