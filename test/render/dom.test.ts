/**
 * @jest-environment jsdom
 */
/**
 * el() builds through Obsidian's createEl; outside Obsidian, test/support/obsidian-dom.ts stands in for it.
 * The elements are the ones el() made before it used createEl (the reference below is that code), and
 * the stand-in behaves as obsidian.d.ts documents createEl and its relatives.
 */
import { el, type ElementOptions } from "../../src/render/dom";
import { installObsidianDom } from "../support/obsidian-dom";

/** el() as it was written with document.createElement, before createEl: the behaviour to keep. */
function referenceEl(parent: HTMLElement, tag: keyof HTMLElementTagNameMap, options: ElementOptions = {}): HTMLElement {
	const element = (parent.ownerDocument ?? document).createElement(tag);
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

const CASES: [keyof HTMLElementTagNameMap, ElementOptions][] = [
	["div", {}],
	["div", { cls: "atlas-card" }],
	["span", { cls: ["atlas-a", "atlas-b"], text: "veRL 强化学习" }],
	["span", { cls: "  padded  ", text: "" }],
	["span", { cls: [] }],
	["span", { cls: "   " }],
	["a", { cls: ["external-link", "x"], text: "<b>not markup</b>", attr: { href: "https://github.com/volcengine/verl", target: "_blank", rel: "noopener nofollow" } }],
	["button", { title: "", attr: { "aria-pressed": true, disabled: false, "data-count": 3, hidden: null } }],
	["div", { title: "Tooltip", attr: { title: "attr wins", role: "status" } }],
	["input", { attr: { type: "checkbox", checked: true, value: 0 } }],
];

describe("el()", () => {
	it.each(CASES)("makes the same <%s> as before for %j", (tag, options) => {
		const [before, after] = [document.createElement("div"), document.createElement("div")];
		before.append(document.createElement("i"));
		after.append(document.createElement("i"));
		const made = el(after, tag, options);
		referenceEl(before, tag, options);
		expect(after.outerHTML).toBe(before.outerHTML);
		expect(made).toBe(after.lastChild);
	});

	it("creates in the parent's own document (a pop-out window's), and works on a fragment", () => {
		const other = document.implementation.createHTMLDocument("pop-out");
		const made = el(other.body, "div", { cls: "atlas-dashboard" });
		expect(made.ownerDocument).toBe(other);
		const fragment = document.createDocumentFragment();
		el(fragment, "span", { text: "a" });
		el(fragment, "span", { text: "b" });
		expect([...fragment.childNodes].map((n) => n.textContent)).toEqual(["a", "b"]);
	});
});

describe("the createEl stand-in", () => {
	it("takes a class string for options, runs the callback before the element is placed, and prepends when asked", () => {
		const parent = createDiv({ cls: "parent" });
		parent.createSpan({ text: "second" });
		const seen: (Node | null)[] = [];
		const first = parent.createEl("b", { text: "first", prepend: true }, (made) => seen.push(made.parentNode));
		const classed = parent.createDiv("one two");
		expect(seen).toEqual([null]);
		expect(parent.firstChild).toBe(first);
		expect(classed.className).toBe("one two");
		expect(parent.parentNode).toBeNull();
	});

	it("sets attributes as setAttr does: null leaves one out, every other value is written as text", () => {
		const made = createEl("input", { attr: { "data-a": 1, "data-b": false, "data-c": null }, type: "checkbox", value: "x", placeholder: "p", title: "t" });
		expect(made.getAttribute("data-a")).toBe("1");
		expect(made.getAttribute("data-b")).toBe("false");
		expect(made.hasAttribute("data-c")).toBe(false);
		expect([made.type, made.value, made.placeholder, made.title]).toEqual(["checkbox", "x", "p", "t"]);
		made.setAttr("data-a", null);
		expect(made.hasAttribute("data-a")).toBe(false);
	});

	it("sets text as text, or a fragment's nodes, and empties, detaches and toggles classes", () => {
		const parent = createDiv();
		const child = parent.createDiv({ text: "<img src=x onerror=alert(1)>" });
		expect(child.childElementCount).toBe(0);
		child.setText(createFragment((f) => f.createEl("em", { text: "kept" })));
		expect(child.innerHTML).toBe("<em>kept</em>");
		child.toggleClass(["is-on", "is-big"], true);
		child.toggleClass("is-big", false);
		expect([child.hasClass("is-on"), child.hasClass("is-big")]).toEqual([true, false]);
		child.detach();
		expect(parent.childNodes).toHaveLength(0);
		child.empty();
		expect(child.childNodes).toHaveLength(0);
		const svg = parent.createSvg("svg", { cls: "atlas-chart", attr: { viewBox: "0 0 10 10" } });
		expect([svg.namespaceURI, svg.getAttribute("class"), svg.getAttribute("viewBox")]).toEqual(["http://www.w3.org/2000/svg", "atlas-chart", "0 0 10 10"]);
	});

	it("replaces nothing that is already there (inside Obsidian, or installed twice)", () => {
		const createElOf = () => Object.getOwnPropertyDescriptor(Node.prototype, "createEl")?.value as unknown;
		const createElBefore = createElOf();
		const own = () => "Obsidian's";
		(HTMLElement.prototype as unknown as { setText: unknown }).setText = own;
		installObsidianDom(window);
		expect(createElOf()).toBe(createElBefore);
		expect((HTMLElement.prototype as unknown as { setText: unknown }).setText).toBe(own);
		delete (HTMLElement.prototype as unknown as { setText?: unknown }).setText;
	});
});
