import type { Diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";
import type { RepoFactsJson } from "../repo-facts/facts-json";
import type { ColumnSpec } from "../query/query-types";
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
	/** The matrix's first column header and its count row. */
	matrixName: string;
	matrixCount: string;
	/** The timeline's heading (html) and one bar's tooltip. */
	timeline: string;
	timelineBar(month: string, count: number): string;
}

export interface CatalogueOptions {
	language: Language;
	labels: CatalogueLabels;
	/** Phrases index problems and warnings for the JSON document (as `atlas index --json` does). */
	describe?: (d: Diagnostic) => string;
	/** md/html: the entry's repository facts as one phrase ("★ 12.3k · Pushed 3 months ago"), when the user asked for them. */
	facts?: (entry: Entry) => string | null;
	/** JSON: `repoFacts` for each entry, when the facts cache was read. */
	repoFacts?: (entry: Entry) => RepoFactsJson | null;
	/** Adds a comparison matrix under each stage that has entries with these tags (md and html). */
	matrix?: ColumnSpec | null;
}
