/** An entry heading read as the outline means it: "🌈 OpenRLHF", "多模态二创：MM-EUREKA". */
export interface EntryHeading {
	name: string;
	starred: boolean;
	/** The label before the colon of a `label：Name` heading. */
	summary: string | null;
}

/** 🌈 and ⭐ (with or without the emoji variation selector) mark a starred entry. */
const STAR_MARK = /(?:🌈|⭐|🌟)\uFE0F?/u;
const STAR_MARKS = new RegExp(STAR_MARK.source, "gu");
const FULL_WIDTH_LABEL = /^([^：]+?)\s*：\s*(.+)$/u;
// An ASCII colon counts only when it is not part of a URL scheme ("https://…").
const ASCII_LABEL = /^([^:]+?)\s*:(?!\/\/)\s*(.+)$/u;

/** A name without its star marks, and whether it had any. */
export function splitStar(text: string): { name: string; starred: boolean } {
	return { name: text.replace(STAR_MARKS, " ").replace(/\s+/g, " ").trim(), starred: STAR_MARK.test(text) };
}

/** Null when nothing is left to name an entry by (the heading then stays as text). */
export function parseEntryHeading(text: string): EntryHeading | null {
	const starred = STAR_MARK.test(text);
	const stripped = text.replace(STAR_MARKS, " ").replace(/\s+/g, " ").trim();
	if (stripped === "") return null;
	const label = FULL_WIDTH_LABEL.exec(stripped) ?? ASCII_LABEL.exec(stripped);
	if (label && !label[1]!.includes("://") && !isClockTime(stripped, label[1]!)) return { name: label[2]!.trim(), starred, summary: label[1]!.trim() };
	return { name: stripped, starred, summary: null };
}

/** "12:30 sync" is a time, not a label: an ASCII colon between two digits does not split. */
function isClockTime(text: string, label: string): boolean {
	return /\d$/.test(label) && /^\d/.test(text.slice(label.length + 1));
}
