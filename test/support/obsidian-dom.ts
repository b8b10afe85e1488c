/**
 * Obsidian's DOM extensions (obsidian.d.ts `declare global`: Node#createEl/createDiv/createSpan/createSvg,
 * empty, detach, Element#setText/addClass/toggleClass/setAttr, the global createEl/createDiv/…), for the
 * places our UI code runs outside Obsidian: jsdom tests (jest setupFiles), the Chromium harness and bench
 * pages (injected into every bundle), and the Node DOM of the benchmark children. The one copy of it.
 *
 * Behaviour as Obsidian's: `o` may be a class string; `cls` sets className (a string as given, an array
 * joined by spaces); `text` goes through setText (textContent, or a fragment's nodes); each `attr` through
 * setAttr (null removes, anything else is String(value)); `title`, `value`, `type`, `placeholder`, `href`
 * where the element has them; the callback runs before the element is appended (or prepended) to `parent`.
 * A node's methods create in that node's own document, as Obsidian's per-window copies do in pop-outs.
 * Nothing is replaced where it already exists (inside Obsidian, or installed twice).
 */
type Attrs = Record<string, string | number | boolean | null>;

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attrs;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function installObsidianDom(win: Window & typeof globalThis): void {
	const define = (target: object, name: string, value: unknown): void => {
		if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
	};
	const info = (o: ElementInfo | string | undefined): ElementInfo => (typeof o === "string" ? { cls: o } : (o ?? {}));
	const place = (el: Element, o: ElementInfo): void => {
		if (!o.parent) return;
		if (o.prepend) o.parent.insertBefore(el, o.parent.firstChild);
		else o.parent.appendChild(el);
	};
	const documentOf = (node: Node): Document => (node.nodeType === 9 ? (node as Document) : node.ownerDocument!);

	function build<T extends HTMLElement>(doc: Document, tag: string, given?: ElementInfo | string, callback?: (el: T) => void): T {
		const o = info(given);
		const el = doc.createElement(tag) as T;
		if (o.cls) el.className = Array.isArray(o.cls) ? o.cls.join(" ") : o.cls;
		if (o.text) el.setText(o.text);
		if (o.attr) for (const name in o.attr) el.setAttr(name, o.attr[name]!);
		if (o.title !== undefined) el.title = o.title;
		if (o.value !== undefined && "value" in el) (el as unknown as HTMLInputElement).value = o.value;
		const name = el.tagName.toLowerCase();
		if (o.type && (name === "input" || name === "button")) (el as unknown as HTMLInputElement).type = o.type;
		if (o.type && name === "style") el.setAttribute("type", o.type);
		if (o.placeholder && (name === "input" || name === "textarea")) (el as unknown as HTMLInputElement).placeholder = o.placeholder;
		if (o.href && "href" in el) (el as unknown as HTMLAnchorElement).href = o.href;
		callback?.(el);
		place(el, o);
		return el;
	}

	function buildSvg<T extends SVGElement>(doc: Document, tag: string, given?: { cls?: string | string[]; attr?: Attrs; parent?: Node; prepend?: boolean } | string, callback?: (el: T) => void): T {
		const o = info(given);
		const el = doc.createElementNS(SVG_NS, tag) as T;
		if (o.cls) el.setAttribute("class", Array.isArray(o.cls) ? o.cls.join(" ") : o.cls);
		if (o.attr) for (const name in o.attr) el.setAttr(name, o.attr[name]!);
		callback?.(el);
		place(el, o);
		return el;
	}

	const node = win.Node.prototype;
	define(node, "createEl", function (this: Node, tag: string, o?: ElementInfo | string, callback?: (el: HTMLElement) => void) {
		return build(documentOf(this), tag, { ...info(o), parent: this }, callback);
	});
	define(node, "createDiv", function (this: Node, o?: ElementInfo | string, callback?: (el: HTMLElement) => void) {
		return this.createEl("div", o, callback);
	});
	define(node, "createSpan", function (this: Node, o?: ElementInfo | string, callback?: (el: HTMLElement) => void) {
		return this.createEl("span", o, callback);
	});
	define(node, "createSvg", function (this: Node, tag: string, o?: ElementInfo | string, callback?: (el: SVGElement) => void) {
		return buildSvg(documentOf(this), tag, { ...info(o), parent: this }, callback);
	});
	define(node, "empty", function (this: Node) {
		while (this.lastChild) this.removeChild(this.lastChild);
	});
	define(node, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(node, "appendText", function (this: Node, text: string) {
		this.appendChild(documentOf(this).createTextNode(text));
	});
	for (const [name, get] of [
		["doc", function (this: Node) { return documentOf(this); }],
		["win", function (this: Node) { return documentOf(this).defaultView; }],
	] as const) {
		if (!(name in node)) Object.defineProperty(node, name, { get, configurable: true });
	}

	const element = win.Element.prototype;
	define(element, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(element, "setText", function (this: Element, value: string | DocumentFragment) {
		this.empty();
		if (typeof value === "string") this.textContent = value;
		else this.appendChild(value);
	});
	define(element, "addClass", function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	});
	define(element, "addClasses", function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	});
	define(element, "removeClass", function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	});
	define(element, "removeClasses", function (this: Element, classes: string[]) {
		this.classList.remove(...classes);
	});
	define(element, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
	});
	define(element, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(element, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	});
	define(element, "setAttrs", function (this: Element, attrs: Attrs) {
		for (const name in attrs) this.setAttr(name, attrs[name]!);
	});
	define(element, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});

	const html = win.HTMLElement.prototype;
	define(html, "show", function (this: HTMLElement) {
		this.style.removeProperty("display");
	});
	define(html, "hide", function (this: HTMLElement) {
		this.style.display = "none";
	});
	define(html, "toggle", function (this: HTMLElement, show: boolean) {
		if (show) this.show();
		else this.hide();
	});
	define(html, "isShown", function (this: HTMLElement) {
		return this.style.display !== "none";
	});

	// The window's own: elements of its document, placed only when `parent` is given.
	define(win, "createEl", (tag: string, o?: ElementInfo | string, callback?: (el: HTMLElement) => void) => build(win.document, tag, o, callback));
	define(win, "createDiv", (o?: ElementInfo | string, callback?: (el: HTMLElement) => void) => build(win.document, "div", o, callback));
	define(win, "createSpan", (o?: ElementInfo | string, callback?: (el: HTMLElement) => void) => build(win.document, "span", o, callback));
	define(win, "createSvg", (tag: string, o?: ElementInfo | string, callback?: (el: SVGElement) => void) => buildSvg(win.document, tag, o, callback));
	define(win, "createFragment", (callback?: (el: DocumentFragment) => void) => {
		const fragment = win.document.createDocumentFragment();
		callback?.(fragment);
		return fragment;
	});
}
