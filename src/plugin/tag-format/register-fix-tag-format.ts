import type FrameworkAtlasPlugin from "../main";
import { FixTagFormatModal } from "./fix-tag-format-modal";

/** Command "Fix tag format": rewrites, after a preview, the tags Obsidian 1.9+ cannot read as a list. */
export function registerFixTagFormat(plugin: FrameworkAtlasPlugin): void {
	plugin.addCommand({
		id: "fix-tag-format",
		name: plugin.language.i18n.t("fixTags.command"),
		callback: () => new FixTagFormatModal(plugin).open(),
	});
}
