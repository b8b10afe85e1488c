import { categoryTag } from "./clean-name";
import { readItem, type ItemFacts } from "./item-facts";
import { isHtmlBlock, splitListParts, type ItemBlock } from "./list-blocks";
import type { OutlineLine } from "./outline-lines";
import type { ListContext, OutlineEntry } from "./outline-types";

/**
 * Reads a run of lines that is no heading's: each list item naming a framework becomes an entry
 * with its nested lines; the lines after it (up to the next item, or block HTML such as
 * `</details>`) stay with it, as notes under a reading-list item do. Everything else goes home.
 */
export function splitListEntries(lines: readonly OutlineLine[], context: ListContext): void {
	let owner: OutlineEntry | null = null;
	for (const part of splitListParts(lines)) {
		if (part.kind === "loose") {
			const html = isHtmlBlock(part.line);
			if (owner !== null && !html) owner.content.push(part.line);
			else context.home.push(part.line);
			if (html) owner = null;
			continue;
		}
		const facts = readItem(part.block);
		if (facts.kind === "entry") {
			owner = addEntry(facts, part.block, context);
			continue;
		}
		owner = null;
		if (facts.kind === "category") readListCategory(facts.name, part.block, context);
		else context.home.push(part.block.first, ...part.block.rest);
	}
}

function addEntry(facts: ItemFacts, block: ItemBlock, context: ListContext): OutlineEntry {
	const entry: OutlineEntry = {
		name: facts.name,
		starred: facts.starred,
		summary: facts.summary,
		heading: null,
		parent: null,
		content: [block.first, ...block.rest],
		tags: context.tags,
		repo: facts.repo,
		link: facts.link,
		section: context.section,
	};
	context.stage.entries.push(entry);
	return entry;
}

/** `- RAG` over a nested list of entries: the item stays in the overview, its entries get the tag `rag`. */
function readListCategory(name: string, block: ItemBlock, context: ListContext): void {
	const category = { name, tag: categoryTag(name), line: block.first.number, entries: 0 };
	context.stage.categories.push(category);
	context.home.push(block.first);
	const before = context.stage.entries.length;
	splitListEntries(block.rest, { ...context, tags: [...context.tags, category.tag], section: `${context.section} / ${name}` });
	category.entries = context.stage.entries.length - before;
}
