import { buildIndex } from "../core/index/build-index";
import type { AtlasIndex } from "../core/index/atlas-index";
import type { AtlasSettings } from "../core/settings/atlas-settings";
import { patchSettings } from "../core/settings/patch-settings";
import { withUncategorized } from "../core/stages/stage-list";
import type { Language } from "../core/stages/stage-vocabulary";
import { translator, type Translator } from "../i18n/translator";
import { parseArgs, type OptionSpec, type ParsedArgs } from "./cli-args";
import { UsageError, type CliIo } from "./cli-io";
import { cliStages } from "./stages-option";
import { readPluginSettings } from "./vault-settings";

/** Shared by every command: the output language, option parsing with localized errors, vault loading. */
export class CliContext {
	readonly i18n: Translator;

	constructor(
		readonly io: CliIo,
		language: Language,
	) {
		this.i18n = translator(language);
	}

	parse(argv: readonly string[], spec: OptionSpec): ParsedArgs {
		const t = this.i18n.t;
		return parseArgs(argv, spec, {
			unknown: (option) => t("cli.unknownOption", { option }),
			missing: (option) => t("cli.missingValue", { option }),
		});
	}

	/** VAULT argument, or the bundled sample vault when none is given. */
	vaultPath(argument: string | undefined): string {
		const path = argument === undefined ? this.io.sampleVault : this.io.machine.paths.resolve(this.io.cwd, argument);
		if (this.io.machine.files.kind(path) !== "folder") throw new UsageError(this.i18n.t("cli.vaultMissing", { path }));
		return path;
	}

	/**
	 * The vault's saved plugin settings, read the way the plugin reads them, with `--tag` (when the
	 * command takes it) on top. The override is checked by the same validator as the setting tab.
	 */
	settingsFor(vault: string, args: ParsedArgs): AtlasSettings {
		const file = args.values.get("--stages");
		const read = readPluginSettings(this.io.machine, vault);
		const saved = file === undefined ? read : { ...read, stages: cliStages(this.io.machine, vault, file, this.io.cwd, this.i18n) };
		const tag = args.values.get("--tag")?.replace(/^#+/, "").trim();
		if (tag === undefined) return saved;
		if (tag === "") throw new UsageError(this.i18n.t("cli.missingValue", { option: "--tag" }));
		const patched = patchSettings(saved, { entryTag: tag });
		if (!patched.ok) throw new UsageError(this.i18n.t("cli.badTag", { value: tag }));
		return patched.settings;
	}

	/** The vault's notes indexed with `settings` (from settingsFor, so saved settings and --stages apply). */
	loadIndex(vault: string, settings: Pick<AtlasSettings, "entryTag" | "stages">): AtlasIndex {
		// Only notes whose opening can make them an entry or a problem are read to the end.
		return buildIndex(this.io.machine.files.readIndexCandidates(vault, settings.entryTag).notes, { entryTag: settings.entryTag, stages: withUncategorized(settings.stages) });
	}
}

/** `--lang zh|en` is read before anything else so even usage errors speak the user's language. */
export function languageFromArgs(argv: readonly string[]): string {
	const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
	if (at === -1) return "en";
	const value = argv[at]!.includes("=") ? argv[at]!.slice("--lang=".length) : argv[at + 1];
	return value ?? "en";
}

/** The arguments without `--lang X` / `--lang=X`, which every command accepts (up to a `--`). */
export function withoutLanguage(argv: readonly string[]): string[] {
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === "--") {
			rest.push(...argv.slice(i));
			break;
		}
		if (arg === "--lang") i++;
		else if (!arg.startsWith("--lang=")) rest.push(arg);
	}
	return rest;
}
