import type { Diagnostic } from "../model/diagnostic";
import { diagnostic } from "../model/diagnostic";
import type { DatedSource, EntryLink } from "../model/entry";
import { normalizeLocalDate } from "./local-date";
import { isSafeWebUrl } from "./safe-url";

export type Frontmatter = Record<string, unknown>;

/**
 * What a field should have held, as a code: each UI phrases it in its own language
 * (`diagnostics.expected.<code>`); the English here is only for Diagnostic.message.
 */
export type ExpectedShape = "text" | "boolean" | "note-name" | "links" | "sources" | "source-items" | "tags";

export const EXPECTED_EN: Readonly<Record<ExpectedShape, string>> = {
	text: "text",
	boolean: "true or false",
	"note-name": "a note name or [[link]]",
	links: "a list of { label, url }",
	sources: "a list of { date, title, url }",
	"source-items": "a list of { date: YYYY-MM-DD HH:mm:ss, title, url }",
	tags: "a list of tags",
};

/** Collects warnings for one note while its fields are read. */
export class FieldReader {
	readonly warnings: Diagnostic[] = [];

	constructor(
		readonly path: string,
		private readonly data: Frontmatter,
	) {}

	raw(key: string): unknown {
		return Object.prototype.hasOwnProperty.call(this.data, key) ? this.data[key] : undefined;
	}

	/** Text field; numbers and booleans are taken as their text, anything else is a warning. */
	text(key: string): string | null {
		const value = this.raw(key);
		if (value === undefined || value === null) return null;
		const text = scalarText(value);
		if (text === null) this.wrongType(key, "text");
		return text === "" ? null : text;
	}

	flag(key: string): boolean {
		const value = this.raw(key);
		if (value === undefined || value === null) return false;
		if (typeof value === "boolean") return value;
		// 🌈 is how the seed outline marks a favourite; ★ and ⭐ are the obvious spellings of the same.
		if (typeof value === "string" && /^(true|yes|y|on|1|是|🌈|★|⭐)$/iu.test(value.trim())) return true;
		if (typeof value === "string" && /^(false|no|n|off|0|否|)$/i.test(value.trim())) return false;
		this.wrongType(key, "boolean");
		return false;
	}

	webUrl(key: string): string | null {
		const text = this.text(key);
		if (text === null) return null;
		if (isSafeWebUrl(text)) return text;
		this.unsafeUrl(key, text);
		return null;
	}

	/** `based_on: "[[veRL]]"`, `[[veRL|alias]]`, `veRL`, and the unquoted `[[veRL]]` YAML reads as a nested list. */
	wikiName(key: string): string | null {
		let value = this.raw(key);
		while (Array.isArray(value) && value.length > 0) value = value[0];
		if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return null;
		const text = scalarText(value);
		if (text === null) {
			this.wrongType(key, "note-name");
			return null;
		}
		const name = text.replace(/^\s*\[\[/, "").replace(/\]\]\s*$/, "").split("|")[0]!.split("#")[0]!.trim();
		return name === "" ? null : name;
	}

	links(key: string): EntryLink[] {
		return this.list(key, "links").flatMap((item) => this.link(key, item));
	}

	sources(key: string): DatedSource[] {
		return this.list(key, "sources").flatMap((item) => this.source(key, item));
	}

	warn(d: Diagnostic): void {
		this.warnings.push(d);
	}

	unsafeUrl(key: string, url: string): void {
		const shown = url.length > 80 ? `${url.slice(0, 77)}...` : url;
		this.warn(diagnostic(this.path, "unsafe-url", `${key}: "${shown}" is not an http(s) URL; shown as text`, { field: key, url: shown }));
	}

	wrongType(key: string, expected: ExpectedShape): void {
		this.warn(diagnostic(this.path, "field-type", `${key} should be ${EXPECTED_EN[expected]}; ignored`, { field: key, expected }));
	}

	private list(key: string, expected: ExpectedShape): unknown[] {
		const value = this.raw(key);
		if (value === undefined || value === null) return [];
		if (Array.isArray(value)) return value;
		this.wrongType(key, expected);
		return [];
	}

	private link(key: string, item: unknown): EntryLink[] {
		const record = asRecord(item);
		const url = record ? scalarText(record.url) : scalarText(item);
		const label = record ? (scalarText(record.label) ?? scalarText(record.title) ?? url) : url;
		if (url === null || label === null) {
			this.wrongType(key, "links");
			return [];
		}
		if (!isSafeWebUrl(url)) {
			this.unsafeUrl(key, url);
			return [];
		}
		return [{ label, url }];
	}

	private source(key: string, item: unknown): DatedSource[] {
		const record = asRecord(item);
		const dateText = record ? scalarText(record.date) : null;
		const date = dateText === null ? null : normalizeLocalDate(dateText);
		if (!record || date === null) {
			this.wrongType(key, "source-items");
			return [];
		}
		const title = scalarText(record.title) ?? "";
		const rawUrl = scalarText(record.url);
		if (rawUrl !== null && !isSafeWebUrl(rawUrl)) this.unsafeUrl(key, rawUrl);
		return [{ date, title, url: rawUrl !== null && isSafeWebUrl(rawUrl) ? rawUrl : null }];
	}
}

function scalarText(value: unknown): string | null {
	if (typeof value === "string") return value.trim();
	if (typeof value === "number" && Number.isFinite(value)) return String(value);
	if (typeof value === "boolean") return String(value);
	return null;
}

function asRecord(value: unknown): Record<string, unknown> | null {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
