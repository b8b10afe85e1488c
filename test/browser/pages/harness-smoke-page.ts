// Smallest page for the harness self-test: renders a note title as text through the shared DOM helper.
import { el } from "../../../src/render/dom";

declare global {
	interface Window {
		atlasSmokeTitle?: string;
	}
}

const root = document.getElementById("app")!;
el(root, "h1", { cls: "atlas-smoke-title", text: window.atlasSmokeTitle ?? "" });
el(root, "button", { cls: "mod-cta", text: "OK" });
