import { Notice, type Editor } from "obsidian";
import { parseLinkText, type LinkText } from "../../core/sources/link-text";
import { formatSourceLine } from "../../core/sources/source-line-format";
import type { AtlasContext } from "../atlas-context";
import { fetchPageTitle, type PageFetcher } from "./title-fetcher";

export interface InsertDeps {
	/** The clipboard's text; may reject (no permission, not focused) and that is fine. */
	readClipboard: () => Promise<string>;
	fetcher?: PageFetcher;
}

export const browserClipboard = (): Promise<string> => navigator.clipboard.readText();

/**
 * Replaces the selection (or inserts at the cursor) with a dated source line. The URL comes from
 * the selection, else from the clipboard; `[title](url)` gives both. Without any URL the line
 * carries the date and whatever text was selected.
 */
export async function insertDatedSource(context: AtlasContext, editor: Editor, deps: InsertDeps): Promise<string> {
	const settings = context.settings.current();
	const selection = editor.getSelection();
	const fromSelection = parseLinkText(selection);
	const link = fromSelection ?? (await clipboardLink(deps));
	// Selected words plus a URL on the clipboard: the words are the title.
	const source: LinkText = link ? { ...link, title: link.title || (fromSelection ? "" : selection) } : { title: selection, url: "" };
	if (!link) new Notice(context.language.i18n.t("templates.notices.noUrl"));
	if (link && source.title.trim() === "" && settings.fetchTitles) source.title = (await fetchPageTitle(link.url, "", deps.fetcher)).title;
	const line = formatSourceLine(settings.sourceLineFormat, { now: context.now(), weekdayLanguage: settings.weekdayLanguage, ...source });
	// Reading the clipboard or fetching a title takes time: if the user selected something else
	// meanwhile, that text was never meant to be replaced, so the line goes after it instead.
	if (editor.getSelection() === selection) editor.replaceSelection(line);
	else editor.replaceRange(line, editor.getCursor("to"));
	return line;
}

async function clipboardLink(deps: InsertDeps): Promise<LinkText | null> {
	try {
		return parseLinkText(await deps.readClipboard());
	} catch {
		return null;
	}
}
