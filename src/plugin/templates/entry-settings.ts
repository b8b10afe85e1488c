import { normalizePath, type App } from "obsidian";
import type { NewEntrySettings } from "../../core/templates/new-entry";
import type { SourceSettings } from "../../core/sources/dated-source";
import { readTemplateNote, type TemplateText } from "../../core/templates/template-note";
import { templateHeadings } from "../../i18n/template-headings";
import type { AtlasContext } from "../atlas-context";

/** The template note named in settings, read from the vault (see readTemplateNote). */
export function readTemplate(app: App, templatePath: string): Promise<TemplateText> {
	return readTemplateNote(templatePath, async (path) => {
		const file = app.vault.getFileByPath(normalizePath(path));
		return file ? app.vault.read(file) : null;
	});
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
