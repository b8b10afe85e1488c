/**
 * Element checks without `instanceof`: in an Obsidian pop-out window the DOM classes belong to that
 * window, so `target instanceof HTMLElement` (of the main window) would be false there.
 */
export function asElement(target: EventTarget | null | undefined): HTMLElement | null {
	const candidate = target as HTMLElement | null | undefined;
	return candidate && candidate.nodeType === 1 && typeof candidate.closest === "function" ? candidate : null;
}

export function asNode(target: EventTarget | null | undefined): Node | null {
	const candidate = target as Node | null | undefined;
	return candidate && typeof candidate.nodeType === "number" ? candidate : null;
}
