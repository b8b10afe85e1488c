// The import preview as the modal shows it, for the seed outline with one note already in the target folder.
import { planImport } from "../../../src/core/import/plan-import";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { translator } from "../../../src/i18n/translator";
import { el } from "../../../src/render/dom";
import { renderImportPreview } from "../../../src/render/import-preview";

declare global {
	interface Window {
		atlasOutline?: string;
		atlasLanguage?: "en" | "zh";
	}
}

const root = document.getElementById("app")!;
const modal = el(root, "div", { cls: "modal" });
const i18n = translator(window.atlasLanguage ?? "en");
el(modal, "div", { cls: "modal-title", text: i18n.t("importExport.importTitle", { outline: "llm-frameworks-outline" }) });
const preview = el(modal, "div", { cls: "atlas-import-preview" });
const vocabulary = new StageVocabulary();
const plan = planImport(window.atlasOutline ?? "", {
	vocabulary,
	folder: "Frameworks",
	preambleName: "Outline",
	exists: (path) => path === "Frameworks/TRL.md",
});
renderImportPreview(preview, plan, i18n, (id) => vocabulary.label(id, i18n.language));
