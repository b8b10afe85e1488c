import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { writeFileAtomic } from "../atomic-write";
import { validateStageList } from "../../core/stages/stage-list";
import type { StageDefinition } from "../../core/stages/stage-vocabulary";

/** Why the vault's stage list could not be extended; nothing was written. */
export class StageSaveError extends Error {}

/**
 * Adds `added` to the stage list saved in the plugin's `data.json` at `file`: reads the file, keeps
 * every other field as it is, and replaces it crash-safe (atomic-write.ts: a synced dot-file beside it,
 * then a rename), so a killed run leaves the old file or the new one, never half of it. `current` is the list in use when the file holds none yet. Refuses,
 * changing nothing, when the file is not a JSON object or holds a stage list that is not valid.
 */
export function saveNewStages(file: string, current: readonly StageDefinition[], added: readonly StageDefinition[], settingsVersion: number): void {
	const stored = readStored(file);
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
	mkdirSync(dirname(file), { recursive: true });
	writeFileAtomic(file, JSON.stringify(next, null, 2));
}

function readStored(file: string): Record<string, unknown> {
	if (!existsSync(file)) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(file, "utf8"));
	} catch {
		throw new StageSaveError("json");
	}
	if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new StageSaveError("json");
	return parsed as Record<string, unknown>;
}
