import type { CatalogueLabels } from "../core/export/catalogue-options";
import type { Translator } from "./translator";

/** The exported catalogue's words in the translator's language; `date` is local wall-clock text. */
export function catalogueLabels({ t }: Translator, date: string): CatalogueLabels {
	return {
		title: t("importExport.catalogueTitle"),
		summary: (count, stages) => t("importExport.catalogueSummary", { count, stages }),
		exported: t("importExport.catalogueExported", { date }),
		legend: t("importExport.catalogueLegend"),
		contents: t("importExport.catalogueContents"),
		none: t("importExport.catalogueNone"),
		basedOn: (parent) => t("importExport.catalogueBasedOn", { parent }),
		newest: t("importExport.catalogueNewest"),
		sources: (count) => t("importExport.catalogueSources", { count }),
		fallback: t("importExport.catalogueFallback"),
		matrixName: t("query.results.name"),
		matrixCount: t("query.results.matrixCount"),
		timeline: t("query.results.timelineCaption"),
		timelineBar: (month, count) => t("query.results.timelineBar", { month, count }),
	};
}

/** `YYYY-MM-DD` of a moment in the machine's own zone (never via toISOString, which is UTC). */
export function localDateText(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
