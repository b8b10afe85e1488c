import { Menu } from "obsidian";
import type { Entry } from "../../core/model/entry";
import type FrameworkAtlasPlugin from "../main";
import { openAddSourceModal } from "../templates/add-source-modal";

export interface CardMenuContext {
	plugin: FrameworkAtlasPlugin;
	entry: Entry;
}

/** Adds items to a card's context menu. Features append their contributor to CARD_MENU_ITEMS. */
export type CardMenuContributor = (menu: Menu, context: CardMenuContext) => void;

const openInNewTab: CardMenuContributor = (menu, { plugin, entry }) => {
	menu.addItem((item) =>
		item
			.setTitle(plugin.language.i18n.t("dashboard.openInNewTab"))
			.setIcon("file-plus")
			.onClick(() => void plugin.app.workspace.openLinkText(entry.path, "", true)),
	);
};

const addSource: CardMenuContributor = (menu, { plugin, entry }) => {
	const file = plugin.app.vault.getFileByPath(entry.path);
	if (!file) return;
	menu.addItem((item) =>
		item
			.setTitle(plugin.language.i18n.t("templates.commands.addSource"))
			.setIcon("link")
			.onClick(() => void openAddSourceModal(plugin, file)),
	);
};

/** In menu order. */
export const CARD_MENU_ITEMS: readonly CardMenuContributor[] = [openInNewTab, addSource];

export function showCardMenu(plugin: FrameworkAtlasPlugin, path: string, event: MouseEvent, contributors: readonly CardMenuContributor[] = CARD_MENU_ITEMS): Menu | null {
	const entry = plugin.index.entry(path);
	if (!entry) return null;
	const menu = new Menu();
	for (const contribute of contributors) contribute(menu, { plugin, entry });
	menu.showAtMouseEvent(event);
	return menu;
}
