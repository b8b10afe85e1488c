import { validateStageList } from "../../core/stages/stage-list";
import type { StageDefinition } from "../../core/stages/stage-vocabulary";
import type { Machine } from "../machine";

/** Why the vault's stage list could not be extended; nothing was written. */
export class StageSaveError extends Error {}

/**
 * Adds `added` to the stage list saved in the plugin's `data.json` at `file`: reads the file, keeps
 * every other field as it is, and replaces it crash-safe (a synced temporary file beside it, then
 * rename: a crash never leaves half a file). `current` is the list in use when the file holds none yet. Refuses,
 * changing nothing, when the file is not a JSON object or holds a stage list that is not valid.
 */
export function saveNewStages(machine: Machine, file: string, current: readonly StageDefinition[], added: readonly StageDefinition[], settingsVersion: number): void {
	const stored = readStored(machine, file);
	let base = current;
	if (stored.stages !== undefined) {
		const valid = validateStageList(stored.stages);
		if (!valid.ok) throw new StageSaveError("stages");
		base = valid.stages;
	}
	const ids = new Set(base.map((s) => s.id));
	const next = {
		...stored,
		stages: [...base, ...added.filter((s) => !ids.has(s.id))],
		settingsVersion: typeof stored.settingsVersion === "number" && stored.settingsVersion > settingsVersion ? stored.settingsVersion : settingsVersion,
	};
	machine.files.makeFolder(machine.paths.dirname(file));
	machine.files.writeAtomic(file, JSON.stringify(next, null, 2));
}

function readStored({ files }: Machine, file: string): Record<string, unknown> {
	if (!files.exists(file)) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(files.readText(file));
	} catch {
		throw new StageSaveError("json");
	}
	if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new StageSaveError("json");
	return parsed as Record<string, unknown>;
}
