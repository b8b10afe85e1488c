import type { CardMenuItem, Feature } from "../atlas-context";
import { StagePicker } from "./stage-picker";
import { stageMover } from "./stage-mover";

/** "Move to stage…" on every card (list and board alike): pick a stage, the note gets the one-line edit. */
export const moveToStageItem: CardMenuItem = (menu, entry, context) => {
	menu.addItem((item) =>
		item
			.setTitle(context.language.i18n.t("board.moveToStage"))
			.setIcon("arrow-right-left")
			.onClick(() => new StagePicker(context, entry.stage, (stage) => void stageMover(context).move(entry.path, stage.id)).open()),
	);
};

/** Moving entries between stages: the card-menu item (the board itself lives in the dashboard). */
export const boardFeature: Feature = {
	id: "board",
	cardMenu: [moveToStageItem],
};
