import type { AtlasContext } from "./atlas-context";

/**
 * A command's display name in the label language active at load time. Obsidian reads a
 * command's name once, when it is added, so names follow a language change only after the
 * next load. Use it for every `addCommand({ name })`:
 *
 *     plugin.addCommand({ id: "open-dashboard", name: commandName(context, "dashboard.openCommand"), callback });
 */
export function commandName(context: Pick<AtlasContext, "language">, key: string): string {
	return context.language.i18n.t(key);
}
