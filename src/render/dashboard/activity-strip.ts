import type { IndexSnapshot } from "../../core/index/index-snapshot";
import { readingTimeline, recentMonths } from "../../core/views/reading-timeline";
import { timelineChart } from "../../core/views/timeline-chart";
import type { Translator } from "../../i18n/translator";
import { el } from "../dom";
import { drawChart } from "../query-results/render-timeline";

const MONTHS = 12;

/**
 * Sources per month over the last twelve months, one bar each, under the dashboard's filter box.
 * A click on a bar filters the dashboard to that month. It redraws only when the snapshot, the
 * month of today, the language or the selected month changed.
 */
export class ActivityStrip {
	readonly element: HTMLElement;
	private drawnKey: unknown[] = [];

	constructor(
		parent: HTMLElement,
		private readonly onMonth: (month: string) => void,
	) {
		this.element = el(parent, "div", { cls: "atlas-activity" });
	}

	update(snapshot: IndexSnapshot, now: Date, translator: Translator, selected: string | null): void {
		const months = recentMonths(now, MONTHS);
		const key = [snapshot, months[months.length - 1], translator, selected];
		if (key.every((part, i) => part === this.drawnKey[i])) return;
		this.drawnKey = key;
		this.element.replaceChildren();
		const stages = snapshot.stages.map((g) => g.stage);
		const entries = snapshot.stages.flatMap((g) => g.entries.map((p) => p.entry));
		const inRange = readingTimeline(entries).filter((m) => m.month >= months[0]! && m.month <= months[months.length - 1]!);
		const chart = timelineChart(inRange, stages, months);
		el(this.element, "div", { cls: "atlas-activity-title", text: translator.t("dashboard.activityTitle") });
		const svg = drawChart(this.element, chart, stages, translator, (month) => this.onMonth(month));
		const range = el(this.element, "div", { cls: "atlas-activity-range", attr: { "aria-hidden": "true" } });
		el(range, "span", { text: months[0]! });
		el(range, "span", { text: months[months.length - 1]! });
		for (const bar of Array.from(svg.querySelectorAll<SVGGElement>(".atlas-chart-bar"))) {
			const month = bar.getAttribute("data-month");
			bar.setAttribute("aria-pressed", String(month === selected));
			if (month === selected) bar.classList.add("is-selected");
		}
	}
}
