import { Notice, normalizePath } from "obsidian";
import { atlasBaseText, BASES_VIEW_ID } from "../../core/bases/atlas-base-file";
import { uniqueFilePath } from "../../core/export/unique-name";
import type { AtlasContext, Feature } from "../atlas-context";
import { createNoteIfAbsent, pathExists } from "../vault-note-creator";
import { basesRegistrar, basesViewClass } from "./bases-api";
import { stagesViewRegistration } from "./stages-bases-view";

/**
 * The Bases view and the "Create a base for the atlas" command, only where the app has Bases views
 * (1.10+) and Bases is on; elsewhere this feature adds nothing and the rest of the plugin is unaffected.
 */
export const basesFeature: Feature = {
	id: "bases",
	register(plugin, context) {
		const register = basesRegistrar(plugin);
		const Base = basesViewClass();
		if (!register || !Base) return;
		if (!register(BASES_VIEW_ID, stagesViewRegistration(Base, context))) return;
		plugin.addCommand({
			id: "create-atlas-base",
			name: context.language.i18n.t("board.bases.createCommand"),
			callback: () => void createAtlasBase(context),
		});
	},
};

/** Writes a new .base next to the entries (never over an existing file) and opens it. */
export async function createAtlasBase(context: Pick<AtlasContext, "app" | "language" | "settings">): Promise<string> {
	const { t } = context.language.i18n;
	const settings = context.settings.current();
	const folder = normalizePath(settings.entriesFolder || "/");
	const path = uniqueFilePath(folder === "/" ? "" : folder, "Framework Atlas", "base", (candidate) => pathExists(context.app, candidate));
	const text = atlasBaseText(settings.entryTag, {
		tableView: t("board.bases.tableView"),
		stagesView: t("board.bases.viewName"),
		columns: {
			name: t("board.bases.columnName"),
			stage: t("board.bases.columnStage"),
			repo: t("board.bases.columnRepo"),
			starred: t("board.bases.columnStarred"),
			basedOn: t("board.bases.columnBasedOn"),
			summary: t("board.bases.columnSummary"),
		},
	});
	// createNoteIfAbsent never replaces a file that appeared since the path was picked.
	if ((await createNoteIfAbsent(context.app, path, text)) === "exists") return createAtlasBase(context);
	new Notice(t("board.bases.created", { path }));
	await context.app.workspace.openLinkText(path, "", false);
	return path;
}
