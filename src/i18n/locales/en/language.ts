// The label-language setting, its toggle command and the mark on text shown in the other language.
export const languageEn = {
	settingName: "Label language",
	settingDesc:
		"Language of the dashboard, query blocks, dialogs, notices and this tab. Changes apply at once; command names follow it the next time Obsidian loads the plugin.",
	optionAuto: "Follow Obsidian ({{current}})",
	optionZh: "中文",
	optionEn: "English",
	toggleCommand: "Toggle label language",
	switched: "Label language: {{language}}",
	fallbackTitle: "Not written in English in this note; shown in Chinese",
};
