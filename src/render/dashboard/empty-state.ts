import type { StageGroup } from "../../core/index/index-snapshot";
import type { Translator } from "../../i18n/translator";
import { el } from "../dom";

/**
 * Shown when the vault has no entries: what an entry note looks like, and (when the host can)
 * a button that creates the first one.
 */
export function renderEmptyState(parent: HTMLElement, translator: Translator, entryTag: string, stages: readonly StageGroup[], createEntry: (() => void) | undefined): HTMLElement {
	const { t, language } = translator;
	const box = el(parent, "div", { cls: "atlas-empty" });
	el(box, "div", { cls: "atlas-empty-title", text: t("dashboard.emptyTitle") });
	el(box, "p", { cls: "atlas-empty-intro", text: t("dashboard.emptyIntro", { tag: entryTag }) });
	el(box, "div", { cls: "atlas-empty-example-label", text: t("dashboard.emptyExampleLabel") });
	const example = el(box, "pre", { cls: "atlas-empty-example" });
	el(example, "code", { text: exampleNote(entryTag, exampleStage(stages, language)) });
	if (createEntry) {
		const button = el(box, "button", { cls: ["atlas-empty-create", "mod-cta"], text: t("dashboard.emptyCreate"), attr: { type: "button" } });
		button.addEventListener("click", () => createEntry());
	}
	return box;
}

function exampleStage(stages: readonly StageGroup[], language: "en" | "zh"): string {
	const stage = stages.find((group) => group.stage.id === "rl") ?? stages[0];
	return stage ? stage.stage.labels[language] : "rl";
}

function exampleNote(entryTag: string, stage: string): string {
	return [
		"---",
		`tags: [${entryTag}]`,
		`stage: ${stage}`,
		"name: veRL",
		"repo: https://github.com/volcengine/verl",
		"summary_en: Reinforcement learning library for LLMs",
		"---",
		"",
		"2025-07-02 14:01:48 Wednesday veRL v0.4 release notes https://github.com/volcengine/verl/releases",
	].join("\n");
}
