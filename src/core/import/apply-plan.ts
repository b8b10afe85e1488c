import type { NoteCreator } from "../notes/note-creator";
import type { ImportPlan, PlannedNote } from "./import-plan";

export interface ImportResult {
	created: string[];
	/** Already there when planned, or appeared before the write: left untouched. */
	skipped: string[];
	failed: { path: string; error: string }[];
}

/** Writes the plan's new notes one by one; a failure on one note does not stop the others. */
export async function applyImportPlan(plan: ImportPlan, creator: NoteCreator): Promise<ImportResult> {
	const result: ImportResult = { created: [], skipped: [], failed: [] };
	for (const note of plan.notes) await applyOne(note, creator, result);
	return result;
}

async function applyOne(note: PlannedNote, creator: NoteCreator, result: ImportResult): Promise<void> {
	if (note.status === "skip") {
		result.skipped.push(note.path);
		return;
	}
	try {
		const outcome = await creator.create(note.path, note.text);
		(outcome === "created" ? result.created : result.skipped).push(note.path);
	} catch (error) {
		result.failed.push({ path: note.path, error: error instanceof Error ? error.message : String(error) });
	}
}
