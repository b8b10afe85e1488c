import type { Feature } from "../atlas-context";
import { QueryBlockChild } from "./query-block-child";

/** ```atlas code blocks: live query results inside notes. */
export const queryBlockFeature: Feature = {
	id: "query-block",
	register(plugin, context) {
		plugin.registerMarkdownCodeBlockProcessor("atlas", (source, el, ctx) => {
			const openNote = (path: string, newTab: boolean) => void context.app.workspace.openLinkText(path, ctx.sourcePath, newTab);
			ctx.addChild(new QueryBlockChild(el, source, context, openNote));
		});
	},
};
