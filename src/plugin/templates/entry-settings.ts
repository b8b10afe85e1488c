import { normalizePath, type App } from "obsidian";
import type { NewEntrySettings } from "../../core/templates/new-entry";
import type { SourceSettings } from "../../core/sources/dated-source";
import { readTemplateNote, type TemplateText } from "../../core/templates/template-note";
import { templateHeadings } from "../../i18n/template-headings";
import type FrameworkAtlasPlugin from "../main";

/** The template note named in settings, read from the vault (see readTemplateNote). */
export function readTemplate(app: App, templatePath: string): Promise<TemplateText> {
	return readTemplateNote(templatePath, async (path) => {
		const file = app.vault.getFileByPath(normalizePath(path));
		return file ? app.vault.read(file) : null;
	});
}

/** The plugin's settings and language as the core's new-entry settings. */
export function newEntrySettings(plugin: FrameworkAtlasPlugin, template: string | null): NewEntrySettings {
	const { settings, language } = plugin;
	return {
		entriesFolder: settings.entriesFolder,
		entryTag: settings.entryTag,
		sourceLineFormat: settings.sourceLineFormat,
		weekdayLanguage: settings.weekdayLanguage,
		language: language.language,
		vocabulary: plugin.index.parseOptions().vocabulary,
		headings: templateHeadings(language.i18n),
		template,
	};
}

export function sourceSettings(plugin: FrameworkAtlasPlugin): SourceSettings {
	return {
		sourceLineFormat: plugin.settings.sourceLineFormat,
		weekdayLanguage: plugin.settings.weekdayLanguage,
		newHeading: plugin.language.i18n.t("templates.headings.sources"),
	};
}
