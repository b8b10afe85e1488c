// The import preview as the modal shows it: the outline in `atlasOutline`, notes in `atlasExisting` already in the target folder.
// Changing a stage heading's control replans and redraws, as the modal does.
import type { StageChoice } from "../../../src/core/import/import-plan";
import { planImport } from "../../../src/core/import/plan-import";
import { stageChoiceKey } from "../../../src/core/import/stage-mapping";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { translator } from "../../../src/i18n/translator";
import { el } from "../../../src/render/dom";
import { renderImportPreview } from "../../../src/render/import-preview";

declare global {
	interface Window {
		atlasOutline?: string;
		atlasOutlineName?: string;
		atlasLanguage?: "en" | "zh";
		atlasExisting?: string[];
	}
}

const root = document.getElementById("app")!;
const modal = el(root, "div", { cls: "modal" });
const i18n = translator(window.atlasLanguage ?? "en");
el(modal, "div", { cls: "modal-title", text: i18n.t("importExport.importTitle", { outline: window.atlasOutlineName ?? "llm-frameworks-outline" }) });
const preview = el(modal, "div", { cls: "atlas-import-preview" });
const vocabulary = new StageVocabulary();
const existing = new Set(window.atlasExisting ?? ["Frameworks/TRL.md"]);
const choices = new Map<string, StageChoice>();
let defaultStage: string | undefined;

function draw(): void {
	const plan = planImport(window.atlasOutline ?? "", {
		vocabulary,
		folder: "Frameworks",
		preambleName: "Outline",
		exists: (path) => existing.has(path),
		choices,
		defaultStage,
		newStages: true,
	});
	renderImportPreview(preview, plan, i18n, {
		stages: vocabulary.stages,
		onChoose: (title, choice) => {
			if (title === null) defaultStage = choice.kind === "existing" ? choice.stage : undefined;
			else choices.set(stageChoiceKey(title), choice);
			draw();
		},
	});
}
draw();
