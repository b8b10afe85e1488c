import { Menu } from "obsidian";
import type { AtlasContext, CardMenuItem } from "../atlas-context";

const openInNewTab: CardMenuItem = (menu, entry, context) => {
	menu.addItem((item) =>
		item
			.setTitle(context.language.i18n.t("dashboard.openInNewTab"))
			.setIcon("file-plus")
			.onClick(() => void context.app.workspace.openLinkText(entry.path, "", true)),
	);
};

const addSource: CardMenuItem = (menu, entry, context) => {
	const file = context.app.vault.getFileByPath(entry.path);
	if (!file) return;
	menu.addItem((item) =>
		item
			.setTitle(context.language.i18n.t("templates.commands.addSource"))
			.setIcon("link")
			.onClick(() => context.actions.addSource(file)),
	);
};

/** The dashboard's own card-menu items, in menu order. */
export const DASHBOARD_CARD_MENU: readonly CardMenuItem[] = [openInNewTab, addSource];

/** Shows every feature's items (context.cardMenu) for the card of `path`. */
export function showCardMenu(context: AtlasContext, path: string, event: MouseEvent): Menu | null {
	const entry = context.index.entry(path);
	if (!entry) return null;
	const menu = new Menu();
	for (const contribute of context.cardMenu) contribute(menu, entry, context);
	menu.showAtMouseEvent(event);
	return menu;
}
