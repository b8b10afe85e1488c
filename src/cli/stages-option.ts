import { DEFAULT_SETTINGS } from "../core/settings/atlas-settings";
import { validateStageList } from "../core/stages/stage-list";
import type { StageDefinition } from "../core/stages/stage-vocabulary";
import { describeStageProblems } from "../i18n/describe-stage-problems";
import type { Translator } from "../i18n/translator";
import { UsageError } from "./cli-io";
import type { Machine } from "./machine";
import { readPluginSettings } from "./vault-settings";

/**
 * The stage list a command uses: `--stages FILE` (a JSON file holding the same array as the
 * `stages` setting, for folders without the plugin), else the vault's saved list, else the defaults.
 */
export function cliStages(machine: Machine, vault: string | null, file: string | undefined, cwd: string, i18n: Translator): StageDefinition[] {
	if (file !== undefined) return readStagesFile(machine, machine.paths.resolve(cwd, file), i18n);
	return vault === null ? [...DEFAULT_SETTINGS.stages] : readPluginSettings(machine, vault).stages;
}

function readStagesFile({ files }: Machine, path: string, i18n: Translator): StageDefinition[] {
	const { t } = i18n;
	let value: unknown;
	try {
		value = JSON.parse(files.readText(path));
	} catch (error) {
		throw new UsageError(t("stages.stagesFileUnreadable", { path, error: error instanceof Error ? error.message : String(error) }));
	}
	const result = validateStageList(value);
	if (!result.ok) throw new UsageError(t("stages.stagesFileInvalid", { path, problems: describeStageProblems(result.problems, i18n) }));
	return result.stages;
}
