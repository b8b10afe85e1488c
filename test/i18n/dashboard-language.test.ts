/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex } from "../../src/core/index/build-index";
import { entryName } from "../../src/core/text/bilingual";
import { translator } from "../../src/i18n/translator";
import { DashboardRenderer } from "../../src/render/dashboard/dashboard-renderer";
import type { DashboardCallbacks } from "../../src/render/dashboard/dashboard-types";
import { dashboardFixtureNotes, sampleVaultNotes } from "../support/dashboard-notes";
import { englishLeftovers, uiText } from "../support/locale-tables";
import { withoutNoteText } from "../support/note-text";

const NOTES = [...sampleVaultNotes(), ...dashboardFixtureNotes()];
const NAMESPACES = ["dashboard", "language", "diagnostics"];

const callbacks: DashboardCallbacks = {
	openNote: () => undefined,
	toggleLanguage: () => undefined,
	refresh: () => undefined,
	collapseChange: () => undefined,
	createEntry: () => undefined,
};

function mount(language: "zh" | "en", notes = NOTES): { renderer: DashboardRenderer; root: HTMLElement } {
	document.body.replaceChildren();
	const container = document.body.appendChild(document.createElement("div"));
	const renderer = new DashboardRenderer(container, { translator: translator(language), callbacks, entryTag: "framework" });
	renderer.render(buildIndex(notes).snapshot());
	return { renderer, root: renderer.root };
}

describe("dashboard in 中文", () => {
	it("shows no English UI text (note content excepted)", () => {
		const { root } = mount("zh");
		const text = withoutNoteText(uiText(root), buildIndex(NOTES).snapshot());
		expect(text).toContain("强化学习");
		expect(englishLeftovers(text, NAMESPACES)).toEqual([]);
	});

	it("shows Chinese names where the note has them", () => {
		const index = buildIndex(NOTES);
		const withZh = index.snapshot().stages.flatMap((s) => s.entries).filter((p) => p.entry.nameZh !== null);
		const { root } = mount("zh");
		for (const placed of withZh) expect(uiText(root)).toContain(entryName(placed.entry, "zh").text);
	});

	it("the check is not vacuous: in English the same dashboard is full of English UI text", () => {
		const { root } = mount("en");
		expect(englishLeftovers(withoutNoteText(uiText(root), buildIndex(NOTES).snapshot()), NAMESPACES).length).toBeGreaterThan(5);
	});

	it("the empty dashboard is Chinese too", () => {
		const { root } = mount("zh", []);
		expect(englishLeftovers(uiText(root), NAMESPACES, ["framework"])).toEqual([]);
	});
});

describe("source weekdays on the dashboard", () => {
	const note: [string, string] = ["Fixtures/wrong-weekday.md", readFileSync(join(__dirname, "../fixtures/i18n/wrong-weekday.md"), "utf8")];
	const weekdayOf = (root: HTMLElement) => root.querySelector(".atlas-card-source-weekday")?.textContent;

	it("shows the newest source's weekday in the label language, computed from the date (the note says Friday)", () => {
		expect(weekdayOf(mount("zh", [note]).root)).toBe("星期三");
		expect(weekdayOf(mount("en", [note]).root)).toBe("Wednesday");
	});

	it("follows a language switch without touching the date text", () => {
		const { renderer, root } = mount("en", [note]);
		const date = root.querySelector(".atlas-card-source-date")?.textContent;
		renderer.setTranslator(translator("zh"));
		expect(weekdayOf(root)).toBe("星期三");
		expect(root.querySelector(".atlas-card-source-date")?.textContent).toBe(date);
		expect(date).toBe("2025-07-02 14:01");
	});
});
