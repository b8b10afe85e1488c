import { fixTagFormat, LEGACY_TAG_CODES, type TagFormatFix } from "../../core/notes/fix-tag-format";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { replaceIfUnchanged } from "../safe-write";
import { joinLines } from "../terminal-text";

/**
 * `atlas fix-tags [VAULT] [--dry-run]`: every entry whose tags Obsidian 1.9+ cannot read gets its tags
 * property rewritten as a YAML list; nothing else in the note changes. --dry-run only shows the change.
 */
export const fixTagsCommand: CliCommand = {
	name: "fix-tags",
	usage: "atlas fix-tags [VAULT] [--dry-run] [--tag TAG] [--lang zh|en]",
	run(argv, context) {
		const { t } = context.i18n;
		const args = context.parse(argv, { flags: ["--dry-run"], values: ["--lang", "--tag"] });
		if (args.positional.length > 1) throw new UsageError(t("cli.unknownOption", { option: args.positional[1]! }));
		const vault = context.vaultPath(args.positional[0]);
		const snapshot = context.loadIndex(vault, context.settingsFor(vault, args)).snapshot();
		const paths = [...new Set(snapshot.warnings.filter((w) => LEGACY_TAG_CODES.has(w.code)).map((w) => w.path))].sort();
		const dryRun = args.flags.has("--dry-run");
		const lines: string[] = [];
		let failed = 0;
		const { files } = context.io.machine;
		for (const path of paths) {
			const file = context.io.machine.paths.join(vault, ...path.split("/"));
			const text = files.readText(file);
			const result = fixTagFormat(text);
			if (result.kind !== "fixed") {
				failed++;
				lines.push(t("fixTags.cannotFix", { path: path }));
				continue;
			}
			lines.push(...preview(path, result.fix));
			// Written only if the note is still what was read, checked again just before the rename: a change in between is kept.
			if (!dryRun && replaceIfUnchanged(files, file, text, result.fix.text, context.io.beforeRename) !== null) {
				failed++;
				lines.push(t("fixTags.changedMeanwhile", { path: path }));
			}
		}
		const fixedCount = paths.length - failed;
		lines.push(paths.length === 0 ? t("fixTags.nothing") : t(dryRun ? "fixTags.wouldFix" : "fixTags.fixed", { count: fixedCount }));
		// Control characters in note text are made visible where run-cli writes to the terminal.
		context.io.out(joinLines(lines) + "\n");
		return failed > 0 ? EXIT_FAILED : EXIT_OK;
	},
};

function preview(path: string, fix: TagFormatFix): string[] {
	return [path, ...fix.before.map((line) => `  - ${line}`), ...fix.after.map((line) => `  + ${line}`)];
}
