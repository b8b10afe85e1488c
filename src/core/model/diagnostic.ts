/**
 * Something wrong with a note. A problem means the note could not become an entry;
 * a warning means it did, but something in it was ignored or looks suspicious.
 * `code` and `params` let every UI phrase the message in its own language;
 * `message` is the English text used where no translator is at hand (logs, JSON).
 */
export interface Diagnostic {
	path: string;
	code: DiagnosticCode;
	params: Record<string, string>;
	message: string;
}

export type DiagnosticCode =
	| "frontmatter-language"
	| "frontmatter-unclosed"
	| "yaml-invalid"
	| "yaml-aliases"
	| "yaml-duplicate-key"
	| "yaml-not-mapping"
	| "note-too-large"
	| "field-type"
	| "unsafe-url"
	| "unknown-stage"
	| "tag-invalid"
	| "tags-legacy-key"
	| "tags-legacy-text"
	| "duplicate-name"
	| "duplicate-repo"
	| "unresolved-parent"
	| "read-failed";

export function diagnostic(path: string, code: DiagnosticCode, message: string, params: Record<string, string> = {}): Diagnostic {
	return { path, code, params, message };
}
