import type { IndexSnapshot } from "../index/index-snapshot";
import { catalogueStages, type CatalogueItem, type CatalogueStage } from "./catalogue-entries";
import type { CatalogueLabels, CatalogueOptions } from "./catalogue-options";
import { CATALOGUE_CSS } from "./catalogue-style";
import { escapeHtml, htmlLink } from "./html-escape";

// No script, no remote resource: the policy makes the browser refuse both even if markup slipped through.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

/** One static page, the dashboard grouped by stage; every note string escaped, only http(s) links. */
export function catalogueToHtml(snapshot: IndexSnapshot, { language, labels }: CatalogueOptions): string {
	const stages = catalogueStages(snapshot, language);
	const lang = language === "zh" ? "zh-CN" : "en";
	return [
		"<!DOCTYPE html>",
		`<html lang="${lang}">`,
		"<head>",
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(labels.title)}</title>`,
		`<style>${CATALOGUE_CSS}</style>`,
		"</head>",
		"<body>",
		'<main class="atlas-catalogue">',
		`<h1>${escapeHtml(labels.title)}</h1>`,
		`<p class="atlas-meta">${escapeHtml(labels.summary(snapshot.entryCount, stages.length))} · ${escapeHtml(labels.legend)}</p>`,
		navigation(stages, labels),
		...stages.map((stage) => stageSection(stage, labels)),
		`<footer>${escapeHtml(labels.exported)}</footer>`,
		"</main>",
		"</body>",
		"</html>",
		"",
	].join("\n");
}

function navigation(stages: readonly CatalogueStage[], labels: CatalogueLabels): string {
	const links = stages.map((s) => `<li><a href="#stage-${escapeHtml(s.stage.id)}">${escapeHtml(s.label)} <span class="atlas-count">${s.count}</span></a></li>`);
	return `<nav aria-label="${escapeHtml(labels.contents)}"><ul>${links.join("")}</ul></nav>`;
}

function stageSection(stage: CatalogueStage, labels: CatalogueLabels): string {
	const heading = `<h2>${escapeHtml(stage.label)}<span class="atlas-count">${stage.count}</span></h2>`;
	const body = stage.items.length === 0 ? `<p class="atlas-empty">${escapeHtml(labels.none)}</p>` : itemList(stage.items, labels);
	return `<section id="stage-${escapeHtml(stage.stage.id)}" class="atlas-stage">${heading}\n${body}</section>`;
}

function itemList(items: readonly CatalogueItem[], labels: CatalogueLabels): string {
	return `<ul class="atlas-entries">${items.map((item) => itemHtml(item, labels)).join("\n")}</ul>`;
}

function itemHtml({ view, showBasedOn, children: nested }: CatalogueItem, labels: CatalogueLabels): string {
	const { summary, newest } = view;
	const parts = [view.entry.starred ? '<span class="atlas-star" aria-hidden="true">★</span>' : "", htmlLink(view.name.text, view.repo?.url ?? null, "atlas-name")];
	if (showBasedOn && view.basedOn !== null) parts.push(` <span class="atlas-detail">(${escapeHtml(labels.basedOn(view.basedOn))})</span>`);
	const details: string[] = [];
	if (summary) details.push(`<p class="atlas-detail atlas-summary">${escapeHtml(summary.text)}${summary.fallback ? ` ${escapeHtml(labels.fallback)}` : ""}</p>`);
	if (newest) {
		const { date, title, url } = newest.source;
		details.push(`<p class="atlas-detail atlas-newest">${escapeHtml(labels.newest)}: <time datetime="${escapeHtml(date)}">${escapeHtml(newest.dateLabel)}</time> ${htmlLink(title || url || "", url, "atlas-source")} · ${escapeHtml(labels.sources(view.sourceCount))}</p>`);
	}
	const children = nested.length > 0 ? itemList(nested, labels) : "";
	return `<li class="atlas-entry">${parts.join("")}${details.join("")}${children}</li>`;
}
