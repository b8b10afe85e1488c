import type { IndexSnapshot } from "../index/index-snapshot";
import type { Language } from "../stages/stage-vocabulary";
import { readingTimeline } from "../views/reading-timeline";
import { timelineChart } from "../views/timeline-chart";
import type { CatalogueLabels } from "./catalogue-options";
import { escapeHtml } from "./html-escape";

const COLOURS = 8;

/**
 * The reading timeline as static SVG markup: the same geometry as the plugin's chart, each bar's
 * tooltip in a `<title>`, colours from the page's CSS. No script; every text escaped. Empty when the
 * catalogue has no dated source.
 */
export function timelineSvg(snapshot: IndexSnapshot, language: Language, labels: CatalogueLabels): string {
	const stages = snapshot.stages.map((g) => g.stage);
	const months = readingTimeline(snapshot.stages.flatMap((g) => g.entries.map((p) => p.entry)));
	if (months.length === 0) return "";
	const chart = timelineChart(months, stages);
	const bars = chart.bars.map((bar) => {
		const tooltip = [labels.timelineBar(bar.month, bar.total), ...[...bar.segments].reverse().map((s) => `${stages[s.stageIndex]!.labels[language]}: ${s.count}`)].join("\n");
		const rects = bar.segments.map((s) => `<rect class="atlas-fill-${s.stageIndex % COLOURS}" x="${bar.x}" y="${s.y}" width="${bar.width}" height="${Math.max(s.height, 0.5)}"></rect>`).join("");
		return `<g><title>${escapeHtml(tooltip)}</title><rect class="atlas-hit" x="${bar.x}" y="0" width="${bar.width}" height="${chart.plotHeight}"></rect>${rects}</g>`;
	});
	const used = new Set(chart.bars.flatMap((b) => b.segments.map((s) => s.stageIndex)));
	const legend = stages
		.map((stage, i) => (used.has(i) ? `<li><span class="atlas-swatch atlas-bg-${i % COLOURS}" aria-hidden="true"></span>${escapeHtml(stage.labels[language])}</li>` : ""))
		.join("");
	return [
		`<section class="atlas-timeline"><h2>${escapeHtml(labels.timeline)}</h2>`,
		`<svg class="atlas-chart" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(labels.timeline)}">`,
		`<line class="atlas-axis" x1="0" x2="${chart.width}" y1="${chart.plotHeight}" y2="${chart.plotHeight}"></line>${bars.join("")}</svg>`,
		// One equal cell per bar, so the labels line up with the bars at any page width.
		`<div class="atlas-chart-labels" aria-hidden="true">${chart.bars.map((bar) => `<span>${bar.labelled ? escapeHtml(bar.month) : ""}</span>`).join("")}</div>`,
		`<ul class="atlas-legend">${legend}</ul></section>`,
	].join("\n");
}
