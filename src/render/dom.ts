/**
 * The only way our renderers build DOM: standard APIs, text always set as text (never HTML),
 * elements created in the parent's own document so pop-out windows work. No Obsidian globals,
 * so the same code runs in Obsidian, jsdom and a plain Chromium page.
 */
export interface ElementOptions {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement | DocumentFragment, tag: K, options: ElementOptions = {}): HTMLElementTagNameMap[K] {
	const doc = parent.ownerDocument ?? (parent as unknown as Document);
	const element = doc.createElement(tag);
	// One className write instead of a classList.add per class: el() builds every card, so it is hot.
	const classes = typeof options.cls === "string" ? options.cls : options.cls?.join(" ");
	if (classes !== undefined && classes.trim() !== "") element.className = classes.trim();
	if (options.text !== undefined) element.textContent = options.text;
	if (options.title !== undefined) element.title = options.title;
	if (options.attr) {
		for (const name in options.attr) {
			const value = options.attr[name];
			if (value === null || value === false || value === undefined) continue;
			element.setAttribute(name, value === true ? "" : String(value));
		}
	}
	parent.appendChild(element);
	return element;
}

/**
 * Runs `build` with `element` taken out of the document, then puts it back where it was: thousands of
 * insertions into a detached tree cost less than into the live page (about 10% of a dashboard repaint).
 * `build` must not read layout: a layout while detached would clamp the scroll container to the top
 * (test/browser/dashboard.test.ts checks the reader's scroll position survives a repaint).
 */
export function whileDetached(element: HTMLElement, build: () => void): void {
	const [parent, next] = [element.parentNode, element.nextSibling];
	element.remove();
	try {
		build();
	} finally {
		parent?.insertBefore(element, next);
	}
}

export function clear(element: HTMLElement): void {
	while (element.firstChild) element.removeChild(element.firstChild);
}

/** An external link only for http(s) URLs; anything else is rendered as plain text. */
export function externalLink(parent: HTMLElement, url: string | null, text: string, cls?: string): HTMLElement {
	if (url !== null && /^https?:\/\//i.test(url)) {
		return el(parent, "a", { cls: ["external-link", ...(cls ? [cls] : [])], text, attr: { href: url, target: "_blank", rel: "noopener nofollow" } });
	}
	return el(parent, "span", { cls, text });
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element (charts): attributes set one by one, text as text, never markup. */
export function svgEl<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attr: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
	const element = (parent.ownerDocument ?? document).createElementNS(SVG_NS, tag);
	for (const name in attr) element.setAttribute(name, String(attr[name]));
	if (text !== undefined) element.textContent = text;
	parent.appendChild(element);
	return element;
}
