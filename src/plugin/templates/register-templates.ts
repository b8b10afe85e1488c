import { MarkdownView, type TFile } from "obsidian";
import type { NewEntryInput } from "../../core/templates/new-entry";
import type { AtlasContext, Feature } from "../atlas-context";
import { commandName } from "../command-name";
import { browserClipboard, insertDatedSource } from "./insert-dated-source";
import { NewEntryModal } from "./new-entry-modal";
import { templatesSection } from "./templates-settings";

/** Commands of the templates feature (new entry, insert dated source, add source to entry) and its settings. */
export const templatesFeature: Feature = {
	id: "templates",
	register(plugin, context) {
		plugin.addCommand({
			id: "new-entry",
			name: commandName(context, "templates.commands.newEntry"),
			callback: () => context.actions.createEntry(),
		});
		plugin.addCommand({
			id: "insert-dated-source",
			name: commandName(context, "templates.commands.insertDatedSource"),
			editorCallback: (editor) => void insertDatedSource(context, editor, { readClipboard: browserClipboard }),
		});
		plugin.addCommand({
			id: "add-source",
			name: commandName(context, "templates.commands.addSource"),
			checkCallback: (checking) => {
				const file = activeEntryFile(context);
				if (!file) return false;
				if (!checking) context.actions.addSource(file);
				return true;
			},
		});
	},
	settingSection: templatesSection,
};

/** The "create entry" action (command, dashboard empty state and header button). */
export function openNewEntryModal(context: AtlasContext, initial: Partial<NewEntryInput> = {}): NewEntryModal {
	const modal = new NewEntryModal(context, initial);
	modal.open();
	return modal;
}

/** The active note when the index knows it as an entry. */
export function activeEntryFile(context: Pick<AtlasContext, "app" | "index">): TFile | null {
	const view = context.app.workspace.getActiveViewOfType(MarkdownView);
	const file = view?.file ?? context.app.workspace.getActiveFile();
	return file && context.index.has(file.path) ? file : null;
}
