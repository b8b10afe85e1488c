import { readItem } from "./item-facts";
import { splitListParts, type ItemBlock } from "./list-blocks";
import type { OutlineLine } from "./outline-lines";

const MAX_DEPTH = 8;

/** Names of the list items in these lines that name a framework by its repository, nested category items included. */
export function frameworkItems(lines: readonly OutlineLine[]): string[] {
	const names: string[] = [];
	const visit = (block: ItemBlock, depth: number): void => {
		const facts = readItem(block);
		if (facts.kind === "entry" && facts.repo !== null) names.push(facts.name);
		else if (facts.kind === "category" && depth < MAX_DEPTH) for (const child of topItems(block.rest)) visit(child, depth + 1);
	};
	for (const block of topItems(lines)) visit(block, 0);
	return names;
}

export function topItems(lines: readonly OutlineLine[]): ItemBlock[] {
	return splitListParts(lines).flatMap((part) => (part.kind === "item" ? [part.block] : []));
}
