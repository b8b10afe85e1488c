/**
 * The only way our renderers build DOM: Obsidian's createEl on the parent (so the element belongs to the
 * parent's own document and pop-out windows work), text always set as text (never HTML). Outside Obsidian
 * (jsdom tests, the browser harness and bench pages) test/support/obsidian-dom.ts provides createEl.
 */
export interface ElementOptions {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement | DocumentFragment, tag: K, options: ElementOptions = {}): HTMLElementTagNameMap[K] {
	const info: DomElementInfo = {};
	// One className write instead of a classList.add per class: el() builds every card, so it is hot.
	const classes = (typeof options.cls === "string" ? options.cls : options.cls?.join(" "))?.trim();
	if (classes) info.cls = classes;
	// An empty text on a new element is no text either way.
	if (options.text) info.text = options.text;
	const attr = attributes(options);
	if (attr) info.attr = attr;
	return parent.createEl(tag, info);
}

/** Our attribute rules, settled before createEl sees them: null/false leave it out, true is present and empty. */
function attributes(options: ElementOptions): Record<string, string> | null {
	let attr: Record<string, string> | null = options.title === undefined ? null : { title: options.title };
	for (const name in options.attr) {
		const value = options.attr[name];
		if (value === null || value === false || value === undefined) continue;
		(attr ??= {})[name] = value === true ? "" : String(value);
	}
	return attr;
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
