import { addDatedSource, type SourceSettings } from "../../core/sources/dated-source";
import { isSafeWebUrl } from "../../core/parse/safe-url";
import { DEFAULT_LIMITS, type FetchRefusal } from "../../core/net/fetch-policy";
import { pageTitle } from "../../core/sources/page-title";
import { replaceIfUnchanged } from "../safe-write";
import type { CliCommand } from "../cli-command";
import type { CliContext } from "../cli-context";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { findVaultRoot, readPluginSettings } from "../vault-settings";

/** How often the note may change under us before we give up rather than risk losing an edit. */
const ATTEMPTS = 3;

/**
 * `atlas add-source`: appends a dated line under the note's Sources heading. The new text goes to a
 * synced temporary file beside the note, which then replaces it by rename (see node/atomic-write.ts: a
 * reader, or a run killed at any moment, never leaves half a note). Just before the rename the note is read again; if it changed since it was read, the line is
 * inserted into the new text instead, so a concurrent edit is not lost. Limit: an edit landing in the
 * microseconds between that last read and the rename can still be overwritten — the same window any
 * editor's save has; Obsidian's own `vault.process` closes it inside the app.
 */
export const addSourceCommand: CliCommand = {
	name: "add-source",
	usage: "atlas add-source NOTE --url U [--title T | --fetch-title] [--lang zh|en]",
	async run(argv, context) {
		const { t } = context.i18n;
		const args = context.parse(argv, { values: ["--url", "--title", "--lang"], flags: ["--fetch-title"] });
		const note = args.positional[0];
		if (note === undefined) throw new UsageError(addSourceCommand.usage);
		const url = (args.values.get("--url") ?? "").trim();
		if (url === "") throw new UsageError(t("cli.missingValue", { option: "--url" }));
		if (!isSafeWebUrl(url)) throw new UsageError(t("templates.addSource.badUrl"));
		const { machine } = context.io;
		const path = machine.paths.resolve(context.io.cwd, note);
		const vault = findVaultRoot(machine, path);
		const plugin = readPluginSettings(machine, vault ?? machine.paths.dirname(path));
		const settings: SourceSettings = { sourceLineFormat: plugin.sourceLineFormat, weekdayLanguage: plugin.weekdayLanguage, newHeading: t("templates.headings.sources") };
		const now = context.io.now();
		let before: string;
		try {
			before = machine.files.readText(path);
		} catch {
			context.io.err(t("templates.cli.noteMissing", { path }) + "\n");
			return EXIT_FAILED;
		}
		const title = args.values.get("--title") ?? (args.flags.has("--fetch-title") ? await fetchTitle(url, context) : "");
		if (title === null) return EXIT_FAILED;
		const source = { url, title };
		// Decoding invalid bytes replaces them with U+FFFD; writing that back would change the note beyond our line.
		if (!isUtf8(machine.files.readBytes(path))) {
			context.io.err(t("templates.cli.notUtf8", { path }) + "\n");
			return EXIT_FAILED;
		}
		for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
			const next = addDatedSource(before, source, settings, now);
			const latest = replaceIfUnchanged(machine.files, path, before, next, context.io.beforeRename);
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

/** The page's title, or null after saying why the page was refused (the note is then left alone). */
async function fetchTitle(url: string, context: CliContext): Promise<string | null> {
	const timeoutMs = context.io.fetchTimeoutMs ?? DEFAULT_LIMITS.timeoutMs;
	const answer = await context.io.machine.fetchPage(url, { allowHosts: context.io.fetchAllowHosts ?? [], timeoutMs });
	let refused = answer.ok ? null : answer.refusal;
	if (answer.ok) {
		const title = pageTitle(answer.bytes, answer.contentType, "");
		// U+FFFD: the bytes were not in the charset the page claimed (or a label no decoder knows).
		if (!title.includes("\ufffd")) return title;
		refused = { code: "bad-encoding", url: answer.url, detail: "the title is not in the page's charset" };
	}
	context.io.err(refusalMessage(refused!, timeoutMs, context) + "\n");
	return null;
}

function refusalMessage(refusal: FetchRefusal, timeoutMs: number, { i18n }: CliContext): string {
	const limits = { max: `${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MB`, seconds: String(Math.round(timeoutMs / 100) / 10) };
	return i18n.t(`templates.cli.fetchRefused.${refusal.code}`, { url: refusal.url, detail: refusal.detail, ...limits });
}

function isUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}
