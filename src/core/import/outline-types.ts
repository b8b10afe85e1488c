import type { EntryLink } from "../model/entry";
import type { EntryHeading } from "./heading-name";
import type { OutlineLine } from "./outline-lines";

/** One future entry note: named by a heading below the stage level, or by a list item. */
export interface OutlineEntry extends EntryHeading {
	/** The heading line; null when a list item named the entry (that item is then its first content line). */
	heading: OutlineLine | null;
	/** The entry this heading derives from (`based_on`): a heading one level below an entry heading. */
	parent: OutlineEntry | null;
	content: OutlineLine[];
	/** Category tags, outermost first (`### RL` → `rl`). */
	tags: string[];
	/** Read from the item or the heading link itself; null to look for one in the content. */
	repo: string | null;
	/** The item's own link when it is not a repository. */
	link: EntryLink | null;
	/** Where the outline lists it ("推理 / accelerate"), for the note of a framework listed twice. */
	section: string;
}

/** A heading (or a plain list item) grouping entries of its stage; its entries carry `tag`. */
export interface OutlineCategory {
	name: string;
	tag: string;
	line: number;
	/** Entries listed under it, nested categories included. */
	entries: number;
}

export interface OutlineStage {
	/** The stage heading; null for entries outside any stage heading. */
	heading: OutlineLine | null;
	/** The heading without markup or numbering ("###  1. <a name='模型'></a>模型" → "模型"). */
	title: string;
	/** Lines under the stage heading that belong to none of its entries, category headings included. */
	overview: OutlineLine[];
	entries: OutlineEntry[];
	categories: OutlineCategory[];
}

export interface OutlineStructure {
	/** Lines outside stages and entries: before the first stage, headings above the stage level, boilerplate sections. */
	preamble: OutlineLine[];
	stages: OutlineStage[];
	/** The heading level of stages; null when the outline has none (a plain list, say). */
	stageLevel: number | null;
	/** Category heading lines (they land in their stage's overview note). */
	categoryLines: Set<number>;
}

/** Where list entries of a section go: their stage, the note for lines that are no entry's, their categories. */
export interface ListContext {
	stage: OutlineStage;
	home: OutlineLine[];
	tags: string[];
	section: string;
}
