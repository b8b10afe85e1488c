import type { IndexSnapshot } from "../index/index-snapshot";
import { catalogueToHtml } from "./catalogue-html";
import { catalogueToMarkdown } from "./catalogue-markdown";
import type { CatalogueFormat, CatalogueOptions } from "./catalogue-options";
import { indexToJson } from "./entry-json";

/** The catalogue in one format, as the text of one file. JSON is exactly the `atlas index --json` document. */
export function exportCatalogue(format: CatalogueFormat, snapshot: IndexSnapshot, options: CatalogueOptions): string {
	switch (format) {
		case "md":
			return catalogueToMarkdown(snapshot, options);
		case "html":
			return catalogueToHtml(snapshot, options);
		case "json":
			return JSON.stringify(indexToJson(snapshot, options.language, options.describe, options.repoFacts), null, 2) + "\n";
	}
}

export function isCatalogueFormat(value: string): value is CatalogueFormat {
	return value === "md" || value === "json" || value === "html";
}
