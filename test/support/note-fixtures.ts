/** Reads the real markdown fixtures under test/fixtures/notes and parses them with the default settings. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseNote, type NoteParseResult } from "../../src/core/parse/note-parser";
import type { Entry } from "../../src/core/model/entry";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { StageVocabulary } from "../../src/core/stages/stage-vocabulary";

export const NOTES_DIR = join(__dirname, "..", "fixtures", "notes");
export const DEFAULT_OPTIONS = { entryTag: "framework", vocabulary: new StageVocabulary() };

export function fixtureText(relative: string): string {
	return readFileSync(join(NOTES_DIR, relative), "utf8");
}

/** Every fixture under a folder, as [vault-relative path, text], sorted by path. */
export function fixtureNotes(folder: string): [string, string][] {
	return readdirSync(join(NOTES_DIR, folder))
		.filter((name) => name.endsWith(".md"))
		.sort()
		.map((name) => [`${folder}/${name}`, fixtureText(`${folder}/${name}`)]);
}

export function parseFixture(relative: string): NoteParseResult {
	return parseNote(relative, fixtureText(relative), DEFAULT_OPTIONS);
}

export function entryOf(relative: string): { entry: Entry; warnings: Diagnostic[] } {
	const result = parseFixture(relative);
	if (result.kind !== "entry") throw new Error(`${relative} should be an entry, got ${JSON.stringify(result)}`);
	return result;
}

export function problemOf(relative: string): Diagnostic {
	const result = parseFixture(relative);
	if (result.kind !== "problem") throw new Error(`${relative} should be a problem, got ${JSON.stringify(result)}`);
	return result.problem;
}
