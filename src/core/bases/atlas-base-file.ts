import { yamlString } from "../notes/yaml-scalar";

/** The view type id the plugin registers with Bases. Namespaced: a bare `board` or `kanban` collides with other plugins. */
export const BASES_VIEW_ID = "framework-atlas-stages";

export interface AtlasBaseLabels {
	tableView: string;
	stagesView: string;
	columns: { name: string; stage: string; repo: string; starred: string; basedOn: string; summary: string };
}

/** The atlas's frontmatter properties, in the order a table shows them. */
const COLUMNS = [
	["stage", "stage"],
	["repo", "repo"],
	["starred", "starred"],
	["based_on", "basedOn"],
	["summary", "summary"],
] as const;

/**
 * A `.base` file for the atlas: every note tagged with the entry tag (nested tags included), the
 * atlas's properties as columns with names in the active language, a table view and the stages view.
 * Written as YAML text with every user-given value quoted by the same writer as notes.
 */
export function atlasBaseText(entryTag: string, labels: AtlasBaseLabels): string {
	const tag = entryTag.replace(/^#+/, "");
	const order = ["file.name", ...COLUMNS.map(([property]) => property)];
	const lines = [
		"filters:",
		"  and:",
		`    - ${yamlString(`file.hasTag(${JSON.stringify(tag)})`)}`,
		"properties:",
		"  file.name:",
		`    displayName: ${yamlString(labels.columns.name)}`,
		...COLUMNS.flatMap(([property, key]) => [`  note.${property}:`, `    displayName: ${yamlString(labels.columns[key])}`]),
		"views:",
		"  - type: table",
		`    name: ${yamlString(labels.tableView)}`,
		"    order:",
		...order.map((property) => `      - ${property}`),
		`  - type: ${BASES_VIEW_ID}`,
		`    name: ${yamlString(labels.stagesView)}`,
		"    order:",
		...order.map((property) => `      - ${property}`),
	];
	return lines.join("\n") + "\n";
}
