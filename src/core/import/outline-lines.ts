/** One line of the outline, with what a Markdown reader would see in it. */
export interface OutlineLine {
	/** 1-based, as editors number lines. */
	number: number;
	/** The line without its line break (CRLF and LF both accepted). */
	text: string;
	/** Inside a fenced code block, fence lines included: never a heading, a list item or a link line. */
	inFence: boolean;
	/** An ATX heading outside code: its level and text (closing #s removed). */
	heading: { level: number; text: string } | null;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

export function splitOutlineLines(text: string): OutlineLine[] {
	const raw = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	// A final newline does not start another line.
	if (raw.length > 1 && raw[raw.length - 1] === "") raw.pop();
	let fence: string | null = null;
	return raw.map((line, index) => {
		const marker = FENCE.exec(line)?.[1];
		if (marker !== undefined) {
			const opens = fence === null;
			if (opens) fence = marker;
			else if (marker[0] === fence![0] && marker.length >= fence!.length && line.trim() === marker) fence = null;
			return { number: index + 1, text: line, inFence: true, heading: null };
		}
		if (fence !== null) return { number: index + 1, text: line, inFence: true, heading: null };
		return { number: index + 1, text: line, inFence: false, heading: readHeading(line) };
	});
}

function readHeading(line: string): OutlineLine["heading"] {
	const match = HEADING.exec(line);
	if (!match || match[2]!.trim() === "") return null;
	return { level: match[1]!.length, text: match[2]!.trim() };
}

export function isBlank(line: OutlineLine): boolean {
	return line.text.trim() === "";
}
