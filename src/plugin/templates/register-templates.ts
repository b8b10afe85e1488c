import { MarkdownView, type TFile } from "obsidian";
import { commandName } from "../command-name";
import type FrameworkAtlasPlugin from "../main";
import { openAddSourceModal } from "./add-source-modal";
import { browserClipboard, insertDatedSource } from "./insert-dated-source";
import { NewEntryModal } from "./new-entry-modal";

/** Commands of the templates feature: new entry, insert dated source, add source to entry. */
export function registerTemplates(plugin: FrameworkAtlasPlugin): void {
	plugin.addCommand({
		id: "new-entry",
		name: commandName(plugin, "templates.commands.newEntry"),
		callback: () => openNewEntryModal(plugin),
	});
	plugin.addCommand({
		id: "insert-dated-source",
		name: commandName(plugin, "templates.commands.insertDatedSource"),
		editorCallback: (editor) => void insertDatedSource(plugin, editor, { now: () => new Date(), readClipboard: browserClipboard }),
	});
	plugin.addCommand({
		id: "add-source",
		name: commandName(plugin, "templates.commands.addSource"),
		checkCallback: (checking) => {
			const file = activeEntryFile(plugin);
			if (!file) return false;
			if (!checking) openAddSourceModal(plugin, file);
			return true;
		},
	});
}

/** For the dashboard's empty state and header button. */
export function openNewEntryModal(plugin: FrameworkAtlasPlugin): NewEntryModal {
	const modal = new NewEntryModal(plugin);
	modal.open();
	return modal;
}

/** The active note when the index knows it as an entry. */
export function activeEntryFile(plugin: FrameworkAtlasPlugin): TFile | null {
	const view = plugin.app.workspace.getActiveViewOfType(MarkdownView);
	const file = view?.file ?? plugin.app.workspace.getActiveFile();
	return file && plugin.index.has(file.path) ? file : null;
}
