import { dirname, resolve } from "node:path";
import { addDatedSource, type SourceSettings } from "../../core/sources/dated-source";
import { isSafeWebUrl } from "../../core/parse/safe-url";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { findVaultRoot, readPluginSettings } from "../vault-settings";
import { readNoteText, replaceIfUnchanged, WRITE_ATTEMPTS } from "../safe-write";

/**
 * `atlas add-source`: appends a dated line under the note's Sources heading, written crash-safe
 * (safe-write.ts); if the note changed since it was read, the line is inserted into the new text
 * instead, so a concurrent edit is not lost.
 */
export const addSourceCommand: CliCommand = {
	name: "add-source",
	usage: "atlas add-source NOTE --url U [--title T] [--lang zh|en]",
	run(argv, context) {
		const { t } = context.i18n;
		const args = context.parse(argv, { values: ["--url", "--title", "--lang"] });
		const note = args.positional[0];
		if (note === undefined) throw new UsageError(addSourceCommand.usage);
		const url = (args.values.get("--url") ?? "").trim();
		if (url === "") throw new UsageError(t("cli.missingValue", { option: "--url" }));
		if (!isSafeWebUrl(url)) throw new UsageError(t("templates.addSource.badUrl"));
		const path = resolve(context.io.cwd, note);
		const vault = findVaultRoot(path);
		const plugin = readPluginSettings(vault ?? dirname(path));
		const settings: SourceSettings = { sourceLineFormat: plugin.sourceLineFormat, weekdayLanguage: plugin.weekdayLanguage, newHeading: t("templates.headings.sources") };
		const now = context.io.now();
		const source = { url, title: args.values.get("--title") ?? "" };
		const read = readNoteText(path);
		if (read.kind !== "text") {
			context.io.err(t(read.kind === "missing" ? "templates.cli.noteMissing" : "templates.cli.notUtf8", { path }) + "\n");
			return EXIT_FAILED;
		}
		let before = read.text;
		for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
			const next = addDatedSource(before, source, settings, now);
			const latest = replaceIfUnchanged(path, before, next, context.io.beforeRename);
			if (latest === null) {
				context.io.out(path + "\n");
				return EXIT_OK;
			}
			before = latest;
		}
		context.io.err(t("templates.cli.changedDuringWrite", { path }) + "\n");
		return EXIT_FAILED;
	},
};
