// The real "New framework entry" modal and its "already exists" question, built on the behaving obsidian
// mock (aliased by the test), so their labels, order and error text can be seen in Chromium.
import type FrameworkAtlasPlugin from "../../../src/plugin/main";
import { createIndex } from "../../../src/core/index/build-index";
import { LanguageState } from "../../../src/plugin/language-state";
import { DEFAULT_SETTINGS } from "../../../src/plugin/settings/atlas-settings";
import { NewEntryModal } from "../../../src/plugin/templates/new-entry-modal";
import { ExistsModal } from "../../../src/plugin/templates/exists-modal";

declare global {
	interface Window {
		atlasLanguage?: "en" | "zh";
	}
}

const language = window.atlasLanguage ?? "en";
const app = { vault: { getFileByPath: () => null }, workspace: {} };
const plugin = { app, settings: { ...DEFAULT_SETTINGS }, language: new LanguageState(language), index: createIndex() } as unknown as FrameworkAtlasPlugin;
const modal = new NewEntryModal(plugin, { name: "veRL", stage: language === "zh" ? "强化学习" : "Reinforcement learning", repo: "javascript:alert(1)", tags: "grpo, ppo" });
modal.open();
modal.containerEl.classList.add("atlas-test-modal");
void modal.submit();
const question = new ExistsModal(app as never, plugin.language.i18n, "Frameworks/veRL.md", "Frameworks/veRL 2.md", () => undefined);
question.open();
question.containerEl.classList.add("atlas-test-modal");
