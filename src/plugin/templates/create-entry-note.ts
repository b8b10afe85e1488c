import { Notice, normalizePath, type App, type TFile } from "obsidian";
import type { EntryDraft } from "../../core/templates/entry-draft";
import { uniquePath } from "../../core/templates/file-names";
import { planNewEntry } from "../../core/templates/new-entry";
import type { AtlasContext } from "../atlas-context";
import { createNoteIfAbsent } from "../vault-note-creator";
import { newEntrySettings, readTemplate } from "./entry-settings";

export type CreateOutcome =
	| { kind: "created"; file: TFile }
	| { kind: "exists"; path: string; numberedPath: string }
	| { kind: "failed"; message: string };

/**
 * Creates the entry note with `vault.create`, which refuses an existing path: nothing is ever
 * replaced. When the name is taken the caller gets both the existing path and the next free
 * "<name> 2" path, and asks the user which one they want.
 */
export async function createEntryNote(context: AtlasContext, draft: EntryDraft, now: Date, numbered = false): Promise<CreateOutcome> {
	const { app } = context;
	const { t } = context.language.i18n;
	const { templatePath } = context.settings.current();
	const template = await readTemplate(app, templatePath);
	if (template.kind === "missing") new Notice(t("templates.notices.templateMissing", { path: template.path }));
	const plan = planNewEntry(draft, newEntrySettings(context, template.kind === "user" ? template.text : null), now);
	if (!plan.ok) return { kind: "failed", message: t("templates.notices.templateInvalid", { path: templatePath, detail: plan.error.detail }) };
	const wanted = normalizePath(plan.path);
	const free = await uniquePath(wanted, (p) => existingPath(app, p) !== null);
	if (free !== wanted && !numbered) return { kind: "exists", path: existingPath(app, wanted) ?? wanted, numberedPath: free };
	try {
		const created = await createNoteIfAbsent(app, free, plan.text);
		if (created !== "exists") return { kind: "created", file: created };
		return { kind: "failed", message: t("templates.notices.createRaced", { path: free }) };
	} catch (error) {
		return { kind: "failed", message: t("templates.notices.createFailed", { path: free, error: error instanceof Error ? error.message : String(error) }) };
	}
}

/**
 * The path of whatever already sits at `path`, compared case-insensitively because macOS and
 * Windows vaults fold "veRL.md" and "VERL.md" into one file.
 */
function existingPath(app: App, path: string): string | null {
	if (app.vault.getAbstractFileByPath(path)) return path;
	const lower = path.toLowerCase();
	return app.vault.getFiles().find((file) => file.path.toLowerCase() === lower)?.path ?? null;
}
