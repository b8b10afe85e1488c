import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { addDatedSource, type SourceSettings } from "../../core/sources/dated-source";
import { isSafeWebUrl } from "../../core/parse/safe-url";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { findVaultRoot, readPluginSettings } from "../vault-settings";

/** How often the note may change under us before we give up rather than risk losing an edit. */
const ATTEMPTS = 3;

/**
 * `atlas add-source`: appends a dated line under the note's Sources heading. The new text goes to a
 * temporary file beside the note, which then replaces it by rename (a reader never sees half a
 * note). Just before the rename the note is read again; if it changed since it was read, the line is
 * inserted into the new text instead, so a concurrent edit is not lost. Limit: an edit landing in the
 * microseconds between that last read and the rename can still be overwritten — the same window any
 * editor's save has; Obsidian's own `vault.process` closes it inside the app.
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
		let before: string;
		try {
			before = readFileSync(path, "utf8");
		} catch {
			context.io.err(t("templates.cli.noteMissing", { path }) + "\n");
			return EXIT_FAILED;
		}
		// Decoding invalid bytes replaces them with U+FFFD; writing that back would change the note beyond our line.
		if (!isUtf8(readFileSync(path))) {
			context.io.err(t("templates.cli.notUtf8", { path }) + "\n");
			return EXIT_FAILED;
		}
		for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
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

function isUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** Writes `next` over `path` if it still holds `expected`; returns null when done, else the note's current text. */
function replaceIfUnchanged(path: string, expected: string, next: string, beforeRename?: (path: string) => void): string | null {
	const temp = join(dirname(path), `.${basename(path)}.atlas-${process.pid}-${Date.now()}.tmp`);
	writeFileSync(temp, next, { encoding: "utf8", flag: "wx", mode: statSync(path).mode & 0o777 });
	try {
		beforeRename?.(path);
		const current = readFileSync(path, "utf8");
		if (current !== expected) return current;
		chmodSync(temp, statSync(path).mode & 0o777);
		renameSync(temp, path);
		return null;
	} finally {
		rmSync(temp, { force: true });
	}
}
