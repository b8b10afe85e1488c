import { createIndex } from "../../core/index/build-index";
import { moveStage } from "../../core/notes/stage-edit";
import { withUncategorized } from "../../core/stages/stage-list";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { editNote, readNoteText } from "../safe-write";
import { findVaultRoot, readPluginSettings } from "../vault-settings";

/**
 * `atlas move NOTE --stage STAGE`: the same one-line edit as a drag on the board (stage-edit.ts),
 * written crash-safe beside the note. STAGE is any id, label (either language) or alias.
 */
export const moveCommand: CliCommand = {
	name: "move",
	usage: "atlas move NOTE --stage STAGE [--lang zh|en]",
	run(argv, context) {
		const { t, language } = context.i18n;
		const args = context.parse(argv, { values: ["--stage"] });
		const note = args.positional[0];
		if (note === undefined) throw new UsageError(moveCommand.usage);
		const wanted = (args.values.get("--stage") ?? "").trim();
		if (wanted === "") throw new UsageError(t("board.cli.stageRequired"));
		const { machine } = context.io;
		const path = machine.paths.resolve(context.io.cwd, note);
		const settings = readPluginSettings(machine, findVaultRoot(machine, path) ?? machine.paths.dirname(path));
		// The vault's own stage list (custom stages included), as the plugin's index uses it.
		const options = createIndex({ entryTag: settings.entryTag, stages: withUncategorized(settings.stages) }).parseOptions();
		const { vocabulary } = options;
		const fail = (key: string, params: Record<string, string>): number => {
			context.io.err(t(`board.failed.${key}`, { path, tag: settings.entryTag, ...params }) + "\n");
			return EXIT_FAILED;
		};
		const target = vocabulary.resolve(wanted);
		if (target === null) return fail("unknown-stage", { stage: wanted, stages: vocabulary.stages.map((s) => `${s.id} (${s.labels[language]})`).join(", ") });
		const read = readNoteText(machine.files, path);
		if (read.kind === "missing") return fail("noteMissing", {});
		if (read.kind === "not-utf8") return fail("notUtf8", {});
		const label = vocabulary.label(target, language);
		const first = moveStage(read.text, target, options);
		if (first.kind === "failed") return fail(first.reason, {});
		if (first.kind === "unchanged") {
			context.io.out(t("board.cli.unchanged", { path, stage: label }) + "\n");
			return EXIT_OK;
		}
		let failure: string | null = null;
		const outcome = editNote(machine.files, path, read.text, (text) => {
			const edit = moveStage(text, target, options);
			if (edit.kind === "edited") return edit.text;
			failure = edit.kind === "failed" ? edit.reason : null;
			return null;
		}, context.io.beforeRename);
		if (outcome === "changed") return fail("changedDuringWrite", {});
		if (outcome === "declined" && failure !== null) return fail(failure, {});
		context.io.out(t("board.cli.moved", { path, stage: label }) + "\n");
		return EXIT_OK;
	},
};
