import { exportOutput, indexOutput, queryOutput } from "../../cli/command-output";
import { terminalText } from "../../cli/terminal-text";
import { isCatalogueFormat } from "../../core/export/catalogue-export";
import { translator, type Translator } from "../../i18n/translator";
import type { Plugin } from "obsidian";
import type { AtlasContext, Feature } from "../atlas-context";
import { registerCliHandlerIfSupported, type CliData } from "./cli-handler-api";

/**
 * `index`, `query` and `export` for Obsidian's own command line, on the live index, answering with the
 * same text as `npx atlas` (both call the same output functions). Command ids follow obsidian.d.ts:
 * `<plugin-id>:<action>`. Flags: lang=zh|en (default en, as in `atlas`), json, query=…, format=md|json|html.
 */
export const obsidianCliFeature: Feature = {
	id: "obsidian-cli",
	register(plugin, context) {
		registerCliHandlers(plugin, context);
	},
};

function registerCliHandlers(plugin: Plugin, context: AtlasContext): void {
	const { t } = context.language.i18n;
	const id = plugin.manifest.id;
	const lang = { value: "<zh|en>", description: t("obsidianCli.langFlag") };
	const json = { description: t("obsidianCli.jsonFlag") };
	registerCliHandlerIfSupported(plugin, `${id}:index`, t("obsidianCli.index"), { lang, json }, (params) =>
		withLanguage(params, (i18n) => indexOutput(context.index.snapshot(), i18n, params.json === "true")),
	);
	registerCliHandlerIfSupported(plugin, `${id}:query`, t("obsidianCli.query"), { query: { value: "<query>", description: t("obsidianCli.queryFlag"), required: true }, lang, json }, (params) =>
		withLanguage(params, (i18n) => {
			const text = params.query;
			if (text === undefined || text === "true" || text.trim() === "") return i18n.t("query.cli.missingQuery") + "\n";
			return queryOutput(text, context.index, i18n, params.json === "true").text;
		}),
	);
	registerCliHandlerIfSupported(plugin, `${id}:export`, t("obsidianCli.export"), { format: { value: "<md|json|html>", description: t("obsidianCli.formatFlag") }, lang }, (params) =>
		withLanguage(params, (i18n) => {
			const format = params.format ?? "md";
			if (!isCatalogueFormat(format)) return i18n.t("importExport.badFormat", { value: format }) + "\n";
			return exportOutput(format, context.index.snapshot(), i18n, new Date());
		}),
	);
}

/** The answer in the asked language, made safe for the terminal Obsidian's CLI prints it to (as `atlas` does). */
function withLanguage(params: CliData, answer: (i18n: Translator) => string): string {
	const language = params.lang ?? "en";
	if (language !== "zh" && language !== "en") return translator("en").t("cli.badLanguage", { value: language }) + "\n";
	return terminalText(answer(translator(language)));
}
