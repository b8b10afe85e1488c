import { isBlank, type OutlineLine } from "./outline-lines";

/** One list item with everything that belongs to it: nested items, indented and lazy continuation lines. */
export interface ItemBlock {
	first: OutlineLine;
	rest: OutlineLine[];
}

/** A section body read as a sequence of top-level list items and lines outside any item. */
export type ListPart = { kind: "item"; block: ItemBlock } | { kind: "loose"; line: OutlineLine };

const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const CHECKBOX = /^\[[ xX]\][ \t]+/;
/** `<details>`, `</details>`, `<summary>…`, `<div …>`, `<p …>`: block HTML that ends a list item. */
const HTML_BLOCK = /^ {0,3}<\/?(?:details|summary|div|p|table|center|h[1-6]|picture|br|hr)\b/i;

export function isListItem(line: OutlineLine): boolean {
	return !line.inFence && LIST_ITEM.test(line.text);
}

/** The item's text after its marker and an optional `[ ]` checkbox. */
export function itemText(line: OutlineLine): string {
	return line.text.replace(LIST_ITEM, "").replace(CHECKBOX, "").trim();
}

export function isHtmlBlock(line: OutlineLine): boolean {
	return !line.inFence && HTML_BLOCK.test(line.text);
}

/**
 * Splits lines into top-level items (the shallowest indent of each list, so items inside
 * `<details>` count too) and loose lines. A paragraph after a blank line ends the list; a fenced
 * block stays with whatever holds its opening line.
 */
export function splitListParts(lines: readonly OutlineLine[]): ListPart[] {
	const parts: ListPart[] = [];
	let current: ItemBlock | null = null;
	let base = 0;
	let previous: OutlineLine | null = null;
	let previousInItem = false;
	for (const line of lines) {
		const inItem = placeLine(line);
		previous = line;
		previousInItem = inItem;
	}
	return parts;

	function placeLine(line: OutlineLine): boolean {
		if (line.inFence && previous?.inFence === true) return keepWithPrevious(line);
		if (isBlank(line)) {
			if (current === null) parts.push({ kind: "loose", line });
			else current.rest.push(line);
			return current !== null;
		}
		const indent = indentOf(line.text);
		if (isListItem(line)) {
			if (current !== null && indent > base) {
				current.rest.push(line);
				return true;
			}
			current = { first: line, rest: [] };
			base = indent;
			parts.push({ kind: "item", block: current });
			return true;
		}
		const continues = current !== null && (indent > base || (previousInItem && previous !== null && !isBlank(previous) && !isHtmlBlock(line)));
		if (continues) {
			current!.rest.push(line);
			return true;
		}
		current = null;
		parts.push({ kind: "loose", line });
		return false;
	}

	function keepWithPrevious(line: OutlineLine): boolean {
		if (previousInItem && current !== null) {
			current.rest.push(line);
			return true;
		}
		parts.push({ kind: "loose", line });
		return false;
	}
}

/** Leading whitespace width, a tab counting as four columns. */
export function indentOf(text: string): number {
	let width = 0;
	for (const char of text) {
		if (char === " ") width++;
		else if (char === "\t") width += 4;
		else break;
	}
	return width;
}
