import type { Feature } from "../atlas-context";
import { FixTagFormatModal } from "./fix-tag-format-modal";

/** Command "Fix tag format": rewrites, after a preview, the tags Obsidian 1.9+ cannot read as a list. */
export const fixTagFormatFeature: Feature = {
	id: "fix-tag-format",
	register(plugin, context) {
		plugin.addCommand({
			id: "fix-tag-format",
			name: context.language.i18n.t("fixTags.command"),
			callback: () => new FixTagFormatModal(context).open(),
		});
	},
};
