import type { IndexSnapshot } from "../index/index-snapshot";
import { catalogueStages, type CatalogueItem } from "./catalogue-entries";
import type { CatalogueLabels, CatalogueOptions } from "./catalogue-options";
import { escapeMarkdownText, githubAnchor, markdownLink } from "./markdown-escape";

/** An awesome-list README: a contents list, then each stage as a heading with its entries, derivatives nested. */
export function catalogueToMarkdown(snapshot: IndexSnapshot, { language, labels }: CatalogueOptions): string {
	const stages = catalogueStages(snapshot, language);
	const lines = [`# ${escapeMarkdownText(labels.title)}`, "", `> ${escapeMarkdownText([labels.summary(snapshot.entryCount, stages.length), labels.exported, labels.legend].join(" · "))}`, ""];
	lines.push(`## ${escapeMarkdownText(labels.contents)}`, "");
	for (const stage of stages) lines.push(`- [${escapeMarkdownText(stage.label)}](#${githubAnchor(stage.label)}) (${stage.count})`);
	for (const stage of stages) {
		lines.push("", `## ${escapeMarkdownText(stage.label)}`, "");
		if (stage.items.length === 0) lines.push(`_${escapeMarkdownText(labels.none)}_`);
		for (const item of stage.items) pushItem(lines, item, 0, labels);
	}
	return lines.join("\n") + "\n";
}

function pushItem(lines: string[], item: CatalogueItem, depth: number, labels: CatalogueLabels): void {
	lines.push(`${"  ".repeat(depth)}- ${itemLine(item, labels)}`);
	for (const child of item.children) pushItem(lines, child, depth + 1, labels);
}

function itemLine({ view, showBasedOn }: CatalogueItem, labels: CatalogueLabels): string {
	const { summary, newest } = view;
	const star = view.entry.starred ? "★ " : "";
	const name = view.repo === null ? `**${escapeMarkdownText(view.name.text)}**` : `**${markdownLink(view.name.text, view.repo.url)}**`;
	const details: string[] = [];
	if (summary) details.push(escapeMarkdownText(summary.fallback ? `${summary.text} ${labels.fallback}` : summary.text));
	if (showBasedOn && view.basedOn !== null) details.push(escapeMarkdownText(labels.basedOn(view.basedOn)));
	if (newest) {
		const { title, url } = newest.source;
		details.push(`${escapeMarkdownText(labels.newest)}: ${escapeMarkdownText(newest.dateLabel)} ${markdownLink(title || url || "", url)}`.trimEnd());
	}
	return details.length === 0 ? `${star}${name}` : `${star}${name} — ${details.join(" · ")}`;
}
