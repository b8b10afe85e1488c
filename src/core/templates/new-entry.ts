import { isSafeWebUrl } from "../parse/safe-url";
import type { Language, StageVocabulary } from "../stages/stage-vocabulary";
import type { EntryDraft } from "./entry-draft";
import { splitTagList } from "./entry-tags";
import { entryPath } from "./file-names";
import { renderEntryNote, type TemplateError } from "./render-entry";
import type { SectionHeadings } from "./section-headings";

/** The form as typed (modal fields or CLI options), before any checking. */
export interface NewEntryInput {
	name: string;
	stage: string;
	repo: string;
	tags: string;
	sourceUrl: string;
	sourceTitle: string;
}

export type InputProblem = "nameRequired" | "badRepo" | "badSourceUrl";

/** Checks the form and turns it into a draft; the stage becomes its id when it is one the vocabulary knows. */
export function draftFromInput(input: NewEntryInput, vocabulary: StageVocabulary): { draft: EntryDraft } | { problem: InputProblem } {
	const name = input.name.trim();
	if (name === "") return { problem: "nameRequired" };
	const repo = input.repo.trim();
	if (repo !== "" && !isSafeWebUrl(repo)) return { problem: "badRepo" };
	const sourceUrl = input.sourceUrl.trim();
	if (sourceUrl !== "" && !isSafeWebUrl(sourceUrl)) return { problem: "badSourceUrl" };
	const stage = input.stage.trim();
	return {
		draft: {
			name,
			stage: vocabulary.resolve(stage) ?? stage,
			repo: repo === "" ? null : repo,
			tags: splitTagList(input.tags),
			source: sourceUrl === "" ? null : { url: sourceUrl, title: input.sourceTitle },
		},
	};
}

/** Everything that decides a new entry's path and text, the same for the plugin and the CLI. */
export interface NewEntrySettings {
	entriesFolder: string;
	entryTag: string;
	sourceLineFormat: string;
	weekdayLanguage: Language;
	language: Language;
	vocabulary: StageVocabulary;
	headings: SectionHeadings;
	/** The user template's text, or null for the built-in one. */
	template: string | null;
}

export type NewEntryPlan = { ok: true; path: string; text: string } | { ok: false; error: TemplateError };

/** Where the new note goes (before any "<name> 2" numbering) and what it contains. */
export function planNewEntry(draft: EntryDraft, settings: NewEntrySettings, now: Date): NewEntryPlan {
	const rendered = renderEntryNote(
		draft,
		{
			now,
			language: settings.language,
			entryTag: settings.entryTag,
			sourceLineFormat: settings.sourceLineFormat,
			weekdayLanguage: settings.weekdayLanguage,
			stageLabel: (id, lang) => settings.vocabulary.label(id, lang),
		},
		settings.headings,
		settings.template,
	);
	if (!rendered.ok) return rendered;
	return { ok: true, path: entryPath(settings.entriesFolder, draft.name), text: rendered.text };
}
