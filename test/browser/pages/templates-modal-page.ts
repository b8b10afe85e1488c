// The real "New framework entry" modal and its "already exists" question, built on the behaving obsidian
// mock (aliased by the test), so their labels, order and error text can be seen in Chromium.
import { NewEntryModal } from "../../../src/plugin/templates/new-entry-modal";
import { ExistsModal } from "../../../src/plugin/templates/exists-modal";
import { fakeContext } from "../../support/fake-context";

declare global {
	interface Window {
		atlasLanguage?: "en" | "zh";
	}
}

const language = window.atlasLanguage ?? "en";
const app = { vault: { getFileByPath: () => null }, workspace: {} };
const context = fakeContext({ app, stored: { labelLanguage: language } });
const modal = new NewEntryModal(context, { name: "veRL", stage: language === "zh" ? "强化学习" : "Reinforcement learning", repo: "javascript:alert(1)", tags: "grpo, ppo" });
modal.open();
modal.containerEl.classList.add("atlas-test-modal");
void modal.submit();
const question = new ExistsModal(app as never, context.language.i18n, "Frameworks/veRL.md", "Frameworks/veRL 2.md", () => undefined);
question.open();
question.containerEl.classList.add("atlas-test-modal");
