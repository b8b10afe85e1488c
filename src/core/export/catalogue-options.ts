import type { Diagnostic } from "../model/diagnostic";
import type { Language } from "../stages/stage-vocabulary";

export type CatalogueFormat = "md" | "json" | "html";

/** Every word the exported catalogue shows, already in the chosen language (the core has no translator). */
export interface CatalogueLabels {
	title: string;
	summary(count: number, stages: number): string;
	/** "Exported 2026-11-27 from Framework Atlas." */
	exported: string;
	legend: string;
	contents: string;
	none: string;
	basedOn(parent: string): string;
	newest: string;
	sources(count: number): string;
	/** Marks a summary shown in the other language because the active one has none. */
	fallback: string;
}

export interface CatalogueOptions {
	language: Language;
	labels: CatalogueLabels;
	/** Phrases index problems and warnings for the JSON document (as `atlas index --json` does). */
	describe?: (d: Diagnostic) => string;
}
