import { CARD_CLASS } from "./entry-card";
import { STAGE_HEADER_CLASS } from "./stage-section";

const NAVIGABLE = `.${CARD_CLASS}, .${STAGE_HEADER_CLASS}`;

/**
 * Arrow keys move focus through stage headers and cards in reading order (Home/End jump to the
 * ends); Tab keeps its native order. Returns whether the key was handled.
 */
export function moveFocus(root: HTMLElement, from: HTMLElement, key: string): boolean {
	if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(key)) return false;
	const items = [...root.querySelectorAll<HTMLElement>(NAVIGABLE)].filter((item) => !item.closest("[hidden]"));
	if (items.length === 0) return false;
	const index = items.indexOf(from);
	const target =
		key === "Home" ? items[0] : key === "End" ? items[items.length - 1] : key === "ArrowDown" ? items[Math.min(index + 1, items.length - 1)] : items[Math.max(index - 1, 0)];
	target?.focus();
	target?.scrollIntoView?.({ block: "nearest" });
	return true;
}

export function isNavigable(element: HTMLElement): boolean {
	return element.matches(NAVIGABLE);
}
