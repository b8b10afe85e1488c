import type FrameworkAtlasPlugin from "../main";
import { QueryBlockChild } from "./query-block-child";

/** ```atlas code blocks: live query results inside notes. */
export function registerQueryBlock(plugin: FrameworkAtlasPlugin): void {
	plugin.registerMarkdownCodeBlockProcessor("atlas", (source, el, ctx) => {
		const openNote = (path: string, newTab: boolean) => void plugin.app.workspace.openLinkText(path, ctx.sourcePath, newTab);
		ctx.addChild(new QueryBlockChild(el, source, plugin, openNote));
	});
}
