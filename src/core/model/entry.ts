import type { StageId } from "../stages/stage-vocabulary";

/** A dated source: "2025-07-02 14:01:48 Wednesday <title> <url>" in a note body, or one item of `sources:`. */
export interface DatedSource {
	/** Local wall-clock text as written: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`. Never a Date. */
	date: string;
	title: string;
	url: string | null;
}

export interface EntryLink {
	label: string;
	url: string;
}

/** One framework note, as the core understands it. Everything here came from untrusted note text. */
export interface Entry {
	/** Vault-relative path, `/`-separated. */
	path: string;
	name: string;
	nameZh: string | null;
	nameEn: string | null;
	summary: string | null;
	summaryZh: string | null;
	summaryEn: string | null;
	stage: StageId;
	/**
	 * Tags as written (without `#`), duplicates (ignoring case) removed: the frontmatter's first, then
	 * the body's `#tags` in note order. Whether a note is an entry is decided by the frontmatter alone.
	 */
	tags: string[];
	/**
	 * The note body after the frontmatter, as written: a view of the note text the index holds anyway,
	 * so keeping it costs nothing. Search reads only its prose (fenced code left out, see bodyProse).
	 */
	body: string;
	/** Only http(s) URLs survive; anything else becomes a warning. */
	repo: string | null;
	starred: boolean;
	/** Parent framework's name as written in `based_on` (wikilink brackets removed). */
	basedOn: string | null;
	links: EntryLink[];
	/** Frontmatter sources first, then body lines, each group in note order. */
	sources: DatedSource[];
}
