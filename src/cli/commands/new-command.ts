import { withUncategorized } from "../../core/stages/stage-list";
import { StageVocabulary } from "../../core/stages/stage-vocabulary";
import { draftFromInput, planNewEntry } from "../../core/templates/new-entry";
import { readTemplateNote } from "../../core/templates/template-note";
import { templateHeadings } from "../../i18n/template-headings";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { fsNoteCreator } from "../fs-note-creator";
import type { Machine } from "../machine";

/** `atlas new`: the same note "New framework entry" creates, written only if no note is there. */
export const newCommand: CliCommand = {
	name: "new",
	usage: "atlas new VAULT --name N --stage S [--repo URL] [--tags a,b] [--source-url U --source-title T] [--folder F] [--stages FILE] [--lang zh|en]",
	async run(argv, context) {
		const { t } = context.i18n;
		const args = context.parse(argv, { values: ["--name", "--stage", "--repo", "--tags", "--source-url", "--source-title", "--folder", "--lang", "--stages"] });
		if (args.positional[0] === undefined) throw new UsageError(newCommand.usage);
		const vault = context.vaultPath(args.positional[0]);
		const value = (name: string) => args.values.get(name) ?? "";
		if (value("--name").trim() === "") throw new UsageError(t("templates.cli.nameRequired"));
		if (value("--stage").trim() === "") throw new UsageError(t("templates.cli.stageRequired"));
		const settings = context.settingsFor(vault, args);
		const vocabulary = new StageVocabulary(withUncategorized(settings.stages));
		const checked = draftFromInput(
			{ name: value("--name"), stage: value("--stage"), repo: value("--repo"), tags: value("--tags"), sourceUrl: value("--source-url"), sourceTitle: value("--source-title") },
			vocabulary,
		);
		if ("problem" in checked) throw new UsageError(t(`templates.newEntry.${checked.problem}`));
		const template = await readTemplateNote(settings.templatePath, (path) => Promise.resolve(readVaultFile(context.io.machine, vault, path)));
		// Same as the plugin's notice: the note is still created, from the built-in template.
		if (template.kind === "missing") context.io.err(t("templates.notices.templateMissing", { path: template.path }) + "\n");
		const plan = planNewEntry(
			checked.draft,
			{
				entriesFolder: args.values.get("--folder") ?? settings.entriesFolder,
				entryTag: settings.entryTag,
				sourceLineFormat: settings.sourceLineFormat,
				weekdayLanguage: settings.weekdayLanguage,
				language: context.i18n.language,
				vocabulary,
				headings: templateHeadings(context.i18n),
				template: template.kind === "user" ? template.text : null,
			},
			context.io.now(),
		);
		if (!plan.ok) {
			context.io.err(t("templates.notices.templateInvalid", { path: settings.templatePath, detail: plan.error.detail }) + "\n");
			return EXIT_FAILED;
		}
		const { paths } = context.io.machine;
		const target = paths.join(vault, ...plan.path.split("/"));
		if ((await fsNoteCreator(context.io.machine, vault).create(plan.path, plan.text)) === "exists") {
			context.io.err(t("templates.cli.exists", { path: target }) + "\n");
			return EXIT_FAILED;
		}
		if (vocabulary.get(checked.draft.stage) === undefined) context.io.err(t("templates.newEntry.unknownStage", { stage: checked.draft.stage }) + "\n");
		context.io.out(paths.resolve(target) + "\n");
		return EXIT_OK;
	},
};

function readVaultFile({ files, paths }: Machine, vault: string, path: string): string | null {
	const file = paths.join(vault, ...path.split("/"));
	return files.exists(file) ? files.readText(file) : null;
}
