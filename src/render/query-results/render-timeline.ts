import type { StageDefinition } from "../../core/stages/stage-vocabulary";
import type { TimelineMonth } from "../../core/views/reading-timeline";
import { timelineChart, type TimelineChart } from "../../core/views/timeline-chart";
import type { Translator } from "../../i18n/translator";
import { entryView } from "../../core/view/entry-view";
import { el, externalLink, svgEl } from "../dom";
import { noteLink } from "./entry-parts";
import type { QueryRenderContext } from "./query-render-context";

/** The reading timeline: a stacked bar chart with its legend, then each month (newest first) with its sources. */
export function renderTimeline(parent: HTMLElement, months: readonly TimelineMonth[], stages: readonly StageDefinition[], context: QueryRenderContext): HTMLElement {
	const { t } = context.i18n;
	const root = el(parent, "div", { cls: "atlas-timeline" });
	if (months.length === 0) {
		el(root, "div", { cls: "atlas-query-empty", text: t("query.results.timelineEmpty") });
		return root;
	}
	const chart = timelineChart(months, stages);
	drawChart(root, chart, stages, context.i18n);
	drawLegend(root, chart, stages, context.i18n);
	const list = el(root, "div", { cls: "atlas-timeline-months" });
	for (const month of months) {
		const section = el(list, "section", { cls: "atlas-timeline-month", attr: { "data-month": month.month } });
		el(section, "div", { cls: "atlas-timeline-month-heading", text: t("query.results.timelineMonth", { month: month.month, count: month.count }) });
		const items = el(section, "ul", { cls: "atlas-timeline-sources" });
		for (const source of month.sources) {
			const item = el(items, "li", { cls: "atlas-timeline-source" });
			el(item, "span", { cls: "atlas-timeline-date", text: source.date.replace("T", " ").slice(0, 16) });
			noteLink(item, entryView(source.entry, context.i18n.language), context);
			el(item, "span", { cls: "atlas-timeline-dash", text: "—", attr: { "aria-hidden": "true" } });
			externalLink(item, source.url, source.title || source.url || t("query.results.untitled"), "atlas-timeline-title");
		}
	}
	return root;
}

/**
 * Inline SVG, no chart library: one group per month (its tooltip is the `<title>`, read out by
 * screen readers too), one rect per stage, coloured through CSS variables so themes apply.
 */
export function drawChart(parent: HTMLElement, chart: TimelineChart, stages: readonly StageDefinition[], i18n: Translator, onBar?: (month: string) => void): SVGSVGElement {
	const box = el(parent, "div", { cls: "atlas-chart-box" });
	const svg = svgEl(box, "svg", { class: "atlas-timeline-chart", viewBox: `0 0 ${chart.width} ${chart.height}`, preserveAspectRatio: "none", role: "img", "aria-label": i18n.t("query.results.timelineCaption") });
	svgEl(svg, "line", { class: "atlas-chart-axis", x1: 0, x2: chart.width, y1: chart.plotHeight, y2: chart.plotHeight });
	for (const bar of chart.bars) {
		const group = svgEl(svg, "g", { class: "atlas-chart-bar", "data-month": bar.month, "data-count": bar.total });
		svgEl(group, "title", {}, barTooltip(bar.month, bar.total, bar.segments, stages, i18n));
		// A transparent full-height target, so an empty or tiny month can still be pointed at.
		svgEl(group, "rect", { class: "atlas-chart-hit", x: bar.x, y: 0, width: bar.width, height: chart.plotHeight });
		for (const segment of bar.segments) {
			svgEl(group, "rect", { class: `atlas-chart-segment atlas-stage-fill-${segment.stageIndex % STAGE_COLOURS}`, "data-stage": segment.stage, x: bar.x, y: segment.y, width: bar.width, height: Math.max(segment.height, 0.5) });
		}
		if (onBar) {
			group.setAttribute("tabindex", "0");
			group.setAttribute("role", "button");
			group.setAttribute("aria-label", barTooltip(bar.month, bar.total, [], stages, i18n));
			group.addEventListener("click", () => onBar(bar.month));
			group.addEventListener("keydown", (event) => {
				if (event.key !== "Enter" && event.key !== " ") return;
				event.preventDefault();
				onBar(bar.month);
			});
		}
	}
	monthLabels(box, chart);
	return svg;
}

/**
 * Month labels as HTML, one equal cell per bar (the bars sit in equal slots), so they line up at
 * any width; SVG text would be stretched by the chart's free aspect ratio.
 */
function monthLabels(parent: HTMLElement, chart: TimelineChart): void {
	const row = el(parent, "div", { cls: "atlas-chart-labels", attr: { "aria-hidden": "true" } });
	for (const bar of chart.bars) el(row, "span", { cls: "atlas-chart-label", text: bar.labelled ? bar.month : "" });
}

/** Stage colours cycle through this many CSS variables (`--atlas-stage-0` …). */
export const STAGE_COLOURS = 8;

function barTooltip(month: string, total: number, segments: TimelineChart["bars"][number]["segments"], stages: readonly StageDefinition[], i18n: Translator): string {
	const lines = [i18n.t("query.results.timelineBar", { month, count: total })];
	for (const segment of [...segments].reverse()) {
		const stage = stages[segment.stageIndex];
		if (stage) lines.push(i18n.t("query.results.timelineStage", { stage: stage.labels[i18n.language], count: segment.count }));
	}
	return lines.join("\n");
}

/** Only the stages that appear in the chart, in vocabulary order, labelled in the label language. */
function drawLegend(parent: HTMLElement, chart: TimelineChart, stages: readonly StageDefinition[], i18n: Translator): void {
	const used = new Set(chart.bars.flatMap((bar) => bar.segments.map((s) => s.stageIndex)));
	const legend = el(parent, "ul", { cls: "atlas-timeline-legend", attr: { "aria-label": i18n.t("query.results.timelineLegend") } });
	stages.forEach((stage, index) => {
		if (!used.has(index)) return;
		const item = el(legend, "li", { cls: "atlas-legend-item" });
		el(item, "span", { cls: ["atlas-legend-swatch", `atlas-stage-bg-${index % STAGE_COLOURS}`], attr: { "aria-hidden": "true" } });
		el(item, "span", { text: stage.labels[i18n.language] });
	});
}

