import type { Diagnostic } from "../model/diagnostic";
import { diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";
import type { StageId, StageVocabulary } from "../stages/stage-vocabulary";
import { UNCATEGORIZED } from "../stages/stage-vocabulary";
import { FieldReader, type Frontmatter } from "./field-readers";
import { splitFrontmatter } from "./frontmatter-split";
import { proseLines } from "./body-prose";
import { findBodyTags } from "./body-tags";
import { findSourceLines } from "./source-lines";
import { findTagsKey, readFrontmatterTags, sameTag, type FrontmatterTags } from "./tags";
import { parseFrontmatterYaml, YamlAliasError, YamlDuplicateKeyError } from "./yaml-engine";

export interface ParseOptions {
	/** The tag that marks a framework entry (`framework`, or a nested `framework/<stage>`). */
	entryTag: string;
	vocabulary: StageVocabulary;
}

export type NoteParseResult =
	| { kind: "ignored" }
	| { kind: "entry"; entry: Entry; warnings: Diagnostic[] }
	| { kind: "problem"; problem: Diagnostic };

/** Frontmatter larger than this is not parsed: no real entry needs it, and it bounds the work per note. */
export const MAX_FRONTMATTER_CHARS = 256 * 1024;

const IGNORED: NoteParseResult = { kind: "ignored" };

/** Never throws: every failure becomes a problem with the note's path. */
export function parseNote(path: string, text: string, options: ParseOptions): NoteParseResult {
	try {
		return parseUnsafe(path, text, options);
	} catch (error) {
		return problem(path, "yaml-invalid", `could not be read: ${errorText(error)}`);
	}
}

function parseUnsafe(path: string, text: string, options: ParseOptions): NoteParseResult {
	const split = splitFrontmatter(text);
	if (split.kind === "none") return IGNORED;
	const tag = tagNeedle(options.entryTag);
	if (split.kind === "foreign-language") {
		return text.toLowerCase().includes(tag)
			? problem(path, "frontmatter-language", `frontmatter is marked "${split.language}"; only YAML is read and code in notes is never run`, { language: split.language })
			: IGNORED;
	}
	if (split.kind === "unclosed") {
		return text.slice(0, 4096).toLowerCase().includes(tag) ? problem(path, "frontmatter-unclosed", "frontmatter starts with --- but has no closing --- line") : IGNORED;
	}
	// Cheap pre-filter: a note whose frontmatter never mentions the tag cannot be an entry.
	if (!split.yaml.toLowerCase().includes(tag)) return IGNORED;
	if (split.yaml.length > MAX_FRONTMATTER_CHARS) return problem(path, "note-too-large", `frontmatter is larger than ${MAX_FRONTMATTER_CHARS / 1024} KB; not read`);
	const data = readYaml(path, split.yaml);
	if ("problem" in data) return data.problem;
	return toEntry(path, data.frontmatter, split.body, options);
}

function readYaml(path: string, yaml: string): { frontmatter: Frontmatter } | { problem: NoteParseResult } {
	let value: unknown;
	try {
		value = parseFrontmatterYaml(yaml);
	} catch (error) {
		if (error instanceof YamlAliasError) return { problem: problem(path, "yaml-aliases", error.message, { count: String(error.count) }) };
		if (error instanceof YamlDuplicateKeyError) return { problem: problem(path, "yaml-duplicate-key", error.message, { key: error.key, line: String(error.line) }) };
		return { problem: problem(path, "yaml-invalid", `frontmatter is not valid YAML: ${firstLine(errorText(error))}`, { error: firstLine(errorText(error)) }) };
	}
	if (value === null || value === undefined) return { frontmatter: {} };
	if (typeof value !== "object" || Array.isArray(value)) return { problem: problem(path, "yaml-not-mapping", "frontmatter should be a list of key: value fields") };
	return { frontmatter: value as Frontmatter };
}

function toEntry(path: string, data: Frontmatter, body: string, options: ParseOptions): NoteParseResult {
	const fields = new FieldReader(path, data);
	const read = readFrontmatterTags(data);
	if (read === null) {
		fields.wrongType(findTagsKey(data) ?? "tags", "tags");
		return tagTypeProblem(path, fields);
	}
	const { tags } = read;
	const marker = markerTag(tags, options.entryTag);
	if (marker === undefined) return IGNORED;
	warnAboutTags(fields, read);
	const prose = proseLines(body);
	const entry: Entry = {
		path,
		name: fields.text("name") ?? basename(path),
		nameZh: fields.text("name_zh"),
		nameEn: fields.text("name_en"),
		summary: fields.text("summary"),
		summaryZh: fields.text("summary_zh"),
		summaryEn: fields.text("summary_en"),
		stage: resolveStage(fields, marker, options.vocabulary),
		tags: withBodyTags(tags, prose),
		body,
		repo: fields.webUrl("repo"),
		starred: fields.flag("starred"),
		basedOn: fields.wikiName("based_on"),
		links: fields.links("links"),
		sources: [...fields.sources("sources"), ...bodySources(fields, prose)],
	};
	return { kind: "entry", entry, warnings: fields.warnings };
}

/** Tags Obsidian would drop, and tags Obsidian 1.9+ does not see at all (so its tag search misses the entry). */
function warnAboutTags(fields: FieldReader, { key, invalid, legacy }: FrontmatterTags): void {
	const { path } = fields;
	if (invalid.length > 0) {
		const list = invalid.join(", ");
		fields.warn(diagnostic(path, "tag-invalid", `${list}: not a tag to Obsidian (a tag needs a letter and only letters, digits, _, - and /); dropped`, { tags: list }));
	}
	if (legacy === "tag-key") {
		fields.warn(diagnostic(path, "tags-legacy-key", `"${key}:" is not read by Obsidian 1.9+, so its tag search does not find this note; rename it to tags: as a list (Fix tag format, atlas fix-tags)`, { key: key ?? "tag" }));
	} else if (legacy === "text-list") {
		fields.warn(diagnostic(path, "tags-legacy-text", `"${key}:" holds one text, which Obsidian 1.9+ does not read as tags, so its tag search does not find this note; write them as a list (Fix tag format, atlas fix-tags)`, { key: key ?? "tags" }));
	}
}

// A `tags:` of the wrong type cannot mark an entry, but the note clearly meant to be one.
function tagTypeProblem(path: string, fields: FieldReader): NoteParseResult {
	const first = fields.warnings[0];
	return first ? { kind: "problem", problem: { ...first, path } } : IGNORED;
}

/** The marker tag itself (`framework`) or a nested one (`framework/rl`); undefined when neither is present. */
function markerTag(tags: string[], entryTag: string): string | null | undefined {
	const wanted = entryTag.toLowerCase().replace(/^#+/, "");
	let found: string | null | undefined;
	for (const tag of tags) {
		const lower = tag.toLowerCase();
		if (lower === wanted) found = found ?? null;
		else if (lower.startsWith(wanted + "/")) return tag.slice(wanted.length + 1);
	}
	return found;
}

function resolveStage(fields: FieldReader, nestedStage: string | null, vocabulary: StageVocabulary): StageId {
	const field = fields.text("stage");
	const written = field ?? nestedStage;
	if (written === null) return UNCATEGORIZED;
	// `framework/deploy/vllm`: the first level under the entry tag is the stage.
	const stage = vocabulary.resolve(written) ?? (field === null ? vocabulary.resolve(written.split("/")[0]!) : null);
	if (stage !== null) return stage;
	fields.warn(diagnostic(fields.path, "unknown-stage", `unknown stage "${written}"; listed under uncategorized`, { stage: written }));
	return UNCATEGORIZED;
}

/** A body `#tag` counts as a tag of the entry (as in Obsidian's tag pane), once, after the frontmatter's. */
function withBodyTags(tags: string[], prose: readonly string[]): string[] {
	const extra = findBodyTags(prose).filter((tag) => !tags.some((t) => sameTag(t, tag)));
	return extra.length === 0 ? tags : [...tags, ...extra];
}

function bodySources(fields: FieldReader, prose: readonly string[]) {
	return findSourceLines(prose).map(({ source, unsafeUrl }) => {
		if (unsafeUrl !== null) fields.unsafeUrl("source", unsafeUrl);
		return source;
	});
}

/** The entry tag as the pre-filters look for it in note text: lower case, without `#`. */
export function tagNeedle(entryTag: string): string {
	return entryTag.toLowerCase().replace(/^#+/, "");
}

export function basename(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.replace(/\.md$/i, "");
}

function problem(path: string, code: Diagnostic["code"], message: string, params: Record<string, string> = {}): NoteParseResult {
	return { kind: "problem", problem: diagnostic(path, code, message, params) };
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
	return text.split("\n")[0]!.slice(0, 200);
}
