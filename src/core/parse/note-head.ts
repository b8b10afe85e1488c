import { splitFrontmatter } from "./frontmatter-split";
import { tagNeedle } from "./note-parser";

/**
 * Whether the opening lines of a note already show that parseNote would ignore the whole note:
 * there is no frontmatter, or the frontmatter closes within `head` without mentioning the entry
 * tag. `head` must end with a line break (whole lines only, so the lines it has read the same as
 * in the whole note); anything else is never ruled out. An unclosed or foreign-language opening
 * is not ruled out either: those depend on more of the note.
 */
export function ruledOutByHead(head: string, entryTag: string): boolean {
	if (!head.endsWith("\n")) return false;
	const split = splitFrontmatter(head);
	if (split.kind === "none") return true;
	return split.kind === "yaml" && !split.yaml.toLowerCase().includes(tagNeedle(entryTag));
}
