import { normalizePath, type App } from "obsidian";
import type { NewEntrySettings } from "../../core/templates/new-entry";
import type { SourceSettings } from "../../core/sources/dated-source";
import { templateHeadings } from "../../i18n/template-headings";
import type { AtlasContext } from "../atlas-context";

export type TemplateText = { kind: "builtin" } | { kind: "user"; text: string } | { kind: "missing"; path: string };

/** Reads the template note named in settings; an empty setting means the built-in template. */
export async function readTemplate(app: App, templatePath: string): Promise<TemplateText> {
	const trimmed = templatePath.trim();
	if (trimmed === "") return { kind: "builtin" };
	const path = normalizePath(/\.md$/i.test(trimmed) ? trimmed : `${trimmed}.md`);
	const file = app.vault.getFileByPath(path);
	if (!file) return { kind: "missing", path };
	return { kind: "user", text: await app.vault.read(file) };
}

/** The plugin's settings and language as the core's new-entry settings. */
export function newEntrySettings(context: AtlasContext, template: string | null): NewEntrySettings {
	const { language } = context;
	const settings = context.settings.current();
	return {
		entriesFolder: settings.entriesFolder,
		entryTag: settings.entryTag,
		sourceLineFormat: settings.sourceLineFormat,
		weekdayLanguage: settings.weekdayLanguage,
		language: language.language,
		vocabulary: context.index.parseOptions().vocabulary,
		headings: templateHeadings(language.i18n),
		template,
	};
}

export function sourceSettings(context: AtlasContext): SourceSettings {
	const { sourceLineFormat, weekdayLanguage } = context.settings.current();
	return {
		sourceLineFormat,
		weekdayLanguage,
		newHeading: context.language.i18n.t("templates.headings.sources"),
	};
}
