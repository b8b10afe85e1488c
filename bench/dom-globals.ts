import { installObsidianDom } from "../test/support/obsidian-dom";

/** Gives plugin code run in Node the `document`/`window` (and Obsidian's DOM extensions) it would have inside Obsidian. */
export function installDomGlobals(): void {
	if (typeof (globalThis as { document?: unknown }).document !== "undefined") return;
	// Loaded only here: the memory children must not pay for jsdom.
	const { JSDOM } = require("jsdom") as typeof import("jsdom");
	const { window } = new JSDOM("<!doctype html><html><body></body></html>");
	const globals = globalThis as unknown as Record<string, unknown>;
	installObsidianDom(window as unknown as Window & typeof globalThis);
	const names = ["window", "document", "HTMLElement", "Node", "Element", "DocumentFragment", "MouseEvent", "KeyboardEvent", "Event", "createEl", "createDiv", "createSpan", "createSvg", "createFragment"];
	for (const key of names) {
		globals[key] = key === "window" ? window : (window as unknown as Record<string, unknown>)[key];
	}
}
