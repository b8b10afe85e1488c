/** What "no markup from notes reached the page" means, checked on a rendered container. */

/** Elements our renderers never create; if one shows up, note text was parsed as HTML. */
const FORBIDDEN_TAGS = ["script", "img", "iframe", "svg", "object", "embed", "style", "link", "meta", "video", "audio", "b", "frame", "base"];
/** The one SVG we draw ourselves, the timeline chart: only bars, an axis line and tooltips inside. */
const CHART_CLASSES = ["atlas-chart", "atlas-timeline-chart"];
const CHART_PARTS = new Set(["g", "rect", "line", "title"]);

function isOurChart(element: Element): boolean {
	return element.localName === "svg" && CHART_CLASSES.includes(element.getAttribute("class") ?? "") && [...element.querySelectorAll("*")].every((e) => CHART_PARTS.has(e.localName));
}

export interface DomSafetyReport {
	forbiddenElements: string[];
	eventHandlerAttributes: string[];
	unsafeHrefs: string[];
}

export function domSafety(root: ParentNode): DomSafetyReport {
	const all = [...root.querySelectorAll("*")];
	return {
		forbiddenElements: all.filter((e) => FORBIDDEN_TAGS.includes(e.localName) && !isOurChart(e)).map((e) => e.outerHTML.slice(0, 120)),
		eventHandlerAttributes: all.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `${e.localName}[${a.name}]`)),
		unsafeHrefs: all.flatMap((e) => ["href", "src", "action", "formaction", "xlink:href"].map((name) => e.getAttribute(name)).filter((v): v is string => v !== null && hasDangerousScheme(v))),
	};
}

/** As a browser reads it: leading spaces/controls dropped, tabs and newlines removed, case ignored. */
export function hasDangerousScheme(value: string): boolean {
	let cleaned = "";
	for (const char of value) {
		const code = char.charCodeAt(0);
		if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
		cleaned += char;
	}
	cleaned = cleaned.replace(/^[\s\p{Cc}]+/u, "").toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
	return scheme !== undefined && scheme !== "http" && scheme !== "https" && scheme !== "obsidian";
}

export const SAFE: DomSafetyReport = { forbiddenElements: [], eventHandlerAttributes: [], unsafeHrefs: [] };
