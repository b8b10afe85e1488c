import type { FrontmatterValue } from "../notes/frontmatter-writer";
import { composeNote, writeFrontmatter } from "../notes/frontmatter-writer";
import { splitFrontmatter } from "../parse/frontmatter-split";
import { readTags, sameTag } from "../parse/tags";
import { parseFrontmatterYaml } from "../parse/yaml-engine";
import { formatSourceLine, wallClock, weekdayName } from "../sources/source-line-format";
import type { EntryDraft, RenderContext } from "./entry-draft";
import { entryTags } from "./entry-tags";
import { solePlaceholder, substitute, type PlaceholderName, type PlaceholderValues } from "./placeholders";
import type { SectionHeadings } from "./section-headings";

export type RenderResult = { ok: true; text: string } | { ok: false; error: TemplateError };

/** Why a user template could not be used; the note is then not created (never a half-filled note). */
export type TemplateError = { code: "template-frontmatter"; detail: string };

/**
 * The note text for a new entry: the built-in layout (`template` null) or a user template.
 * Frontmatter is always produced by the YAML writer from values, never by pasting text into YAML,
 * so any name, title, repo or tag reads back exactly.
 */
export function renderEntryNote(draft: EntryDraft, context: RenderContext, headings: SectionHeadings, template: string | null): RenderResult {
	const values = placeholderValues(draft, context);
	if (template === null) return { ok: true, text: composeNote(baseFields(draft, context), defaultBody(headings, values.source)) };
	return renderUserTemplate(template, draft, context, values);
}

/** The fields every entry carries, in the note format's order. */
function baseFields(draft: EntryDraft, context: RenderContext): Record<string, FrontmatterValue | undefined> {
	return {
		tags: entryTags(context.entryTag, draft.tags),
		stage: draft.stage.trim() || undefined,
		name: draft.name.trim(),
		repo: draft.repo?.trim() || undefined,
	};
}

function defaultBody(headings: SectionHeadings, sourceLine: string): string {
	const sources = sourceLine === "" ? "" : `${sourceLine}\n\n`;
	return `## ${headings.summary}\n\n## ${headings.sources}\n\n${sources}## ${headings.notes}\n\n`;
}

/** Text values for the body; frontmatter uses `frontmatterValue` (stage id, tags as a list). */
export function placeholderValues(draft: EntryDraft, context: RenderContext): PlaceholderValues {
	const clock = wallClock(context.now);
	const source = draft.source && draft.source.url.trim() !== "" ? formatSourceLine(context.sourceLineFormat, { now: context.now, weekdayLanguage: context.weekdayLanguage, ...draft.source }) : "";
	return {
		name: draft.name.trim(),
		stage: context.stageLabel(draft.stage, context.language),
		repo: draft.repo?.trim() ?? "",
		tags: entryTags(context.entryTag, draft.tags).join(", "),
		date: `${clock.YYYY}-${clock.MM}-${clock.DD}`,
		time: `${clock.HH}:${clock.mm}`,
		weekday: weekdayName(context.now, context.weekdayLanguage),
		source,
	};
}

function renderUserTemplate(template: string, draft: EntryDraft, context: RenderContext, values: PlaceholderValues): RenderResult {
	const split = splitFrontmatter(template);
	if (split.kind === "none") return { ok: true, text: composeNote(baseFields(draft, context), substitute(split.body, values)) };
	if (split.kind !== "yaml") return templateError(split.kind === "unclosed" ? "frontmatter has no closing --- line" : `frontmatter is marked "${split.language}"; only YAML is read`);
	let data: unknown;
	try {
		data = parseFrontmatterYaml(split.yaml);
	} catch (error) {
		return templateError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
	}
	if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) return templateError("frontmatter should be a list of key: value fields");
	const frontmatterValues: PlaceholderValues = { ...values, stage: draft.stage.trim() };
	const fields: Record<string, FrontmatterValue | undefined> = {};
	for (const [key, value] of Object.entries((data ?? {}) as Record<string, unknown>)) setField(fields, key, fillValue(value, frontmatterValues, draft, context));
	return { ok: true, text: writeFrontmatter(withRequiredFields(fields, draft, context)) + substitute(split.body, values) };
}

/**
 * A frontmatter value with placeholders filled. A value that is only `{{tags}}` becomes the tag list
 * (also as a list item, where it expands in place); a value that is only an empty placeholder
 * (`repo: "{{repo}}"` with no repo) is left out rather than written as "".
 */
function fillValue(value: unknown, values: PlaceholderValues, draft: EntryDraft, context: RenderContext): FrontmatterValue | undefined {
	if (typeof value === "string") {
		const sole = solePlaceholder(value);
		if (sole === "tags") return entryTags(context.entryTag, draft.tags);
		if (sole !== null && values[sole] === "") return undefined;
		return substitute(value, values);
	}
	if (Array.isArray(value)) return value.flatMap((item) => fillListItem(item, values, draft, context));
	if (value !== null && typeof value === "object") {
		const out: Record<string, FrontmatterValue> = {};
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
			const filled = fillValue(v, values, draft, context);
			if (filled !== undefined) setField(out, k, filled);
		}
		return out;
	}
	return value as FrontmatterValue;
}

/** A template's `__proto__:` key is a field like any other: `out[key] =` would set the prototype and drop it. */
function setField<T>(target: Record<string, T>, key: string, value: T): void {
	Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function fillListItem(item: unknown, values: PlaceholderValues, draft: EntryDraft, context: RenderContext): FrontmatterValue[] {
	const filled = fillValue(item, values, draft, context);
	if (filled === undefined) return [];
	return typeof item === "string" && solePlaceholder(item) === "tags" ? (filled as FrontmatterValue[]) : [filled];
}

/** A template that forgets a field must not lose what the user typed, nor the tag that makes the note an entry. */
function withRequiredFields(fields: Record<string, FrontmatterValue | undefined>, draft: EntryDraft, context: RenderContext): Record<string, FrontmatterValue | undefined> {
	const base = baseFields(draft, context);
	const out: Record<string, FrontmatterValue | undefined> = { ...fields };
	out.tags = mergeTags(fields.tags ?? fields.tag, base.tags as string[]);
	if ("tag" in out && !("tags" in fields)) delete out.tag;
	for (const key of ["stage", "name", "repo"] as const) if (out[key] === undefined && base[key] !== undefined) out[key] = base[key];
	return out;
}

function mergeTags(written: FrontmatterValue | undefined, required: string[]): FrontmatterValue {
	const list = readTags(written) ?? [];
	for (const tag of required) if (!list.some((t) => sameTag(t, tag))) list.push(tag);
	return list;
}

function templateError(detail: string): RenderResult {
	return { ok: false, error: { code: "template-frontmatter", detail } };
}

export type { PlaceholderName };
