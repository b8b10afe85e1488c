import type { IndexSnapshot, PlacedEntry } from "../core/index/index-snapshot";
import { entryView } from "../core/view/entry-view";
import { describeDiagnostic } from "../i18n/describe-diagnostic";
import type { Translator } from "../i18n/translator";
import { joinLines } from "./terminal-text";

/** The index as a terminal listing: stages with counts, entries (★, derivatives indented), then diagnostics. */
export function formatIndexText(snapshot: IndexSnapshot, i18n: Translator): string {
	const { t, language } = i18n;
	const lines = [t("cli.summary", { count: snapshot.entryCount, stages: snapshot.stages.length }), ""];
	for (const group of snapshot.stages) {
		lines.push(t("cli.stageHeading", { label: group.stage.labels[language], count: group.entries.length }));
		if (group.entries.length === 0) lines.push(`  ${t("cli.empty")}`);
		for (const placed of group.entries) lines.push(entryLine(placed, i18n));
		lines.push("");
	}
	for (const [key, list] of [
		["cli.problems", snapshot.problems],
		["cli.warnings", snapshot.warnings],
	] as const) {
		lines.push(t(key, { count: list.length }));
		for (const d of list) lines.push(`  ${d.path}: ${describeDiagnostic(d, i18n)}`);
		lines.push("");
	}
	// Control characters are the output boundary's job (runCli); here note text only must not add lines.
	return joinLines(lines).trimEnd() + "\n";
}

export function entryLine(placed: PlacedEntry, { t, language }: Translator): string {
	const { entry, depth } = placed;
	const view = entryView(entry, language);
	const indent = "  " + "    ".repeat(depth) + (depth > 0 ? "└ " : "");
	const star = entry.starred ? "★ " : "";
	const parent = view.basedOn !== null && depth === 0 ? `  ${t("cli.basedOn", { parent: view.basedOn })}` : "";
	const repo = view.repo === null ? "" : `  ${view.repo.url}`;
	// A name from a YAML block scalar may hold line breaks; one entry stays on one line.
	return `${indent}${star}${oneLine(view.name.text)}${repo}${parent}`;
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}
