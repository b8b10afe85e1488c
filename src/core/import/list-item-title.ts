import { parseSourceLine } from "../parse/source-lines";

const TOP_LEVEL_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const LEADING_SEPARATORS = /^[\s｜|]+/;
const TRAILING_URL = /(?:^|\s)\S+:\/\/\S+$/;
const WHOLE_LINK = /^\[([^\]]*)\]\([^)\s]*\)$/;
const CHECKBOX = /^\[[ xX]\][ \t]+/;

/** A list item starting at the first column (nested items belong to the item above). */
export function isTopLevelListItem(line: string): boolean {
	return TOP_LEVEL_ITEM.test(line);
}

/**
 * The name a list item gives its entry: the text after the optional `YYYY-MM-DD HH:mm:ss Weekday`
 * prefix, without leading `｜` separators or a trailing bare URL. Null when nothing is left.
 */
export function listItemTitle(line: string): string | null {
	const dated = parseSourceLine(line);
	if (dated) return nonEmpty(dated.source.title) ?? nonEmpty(dated.source.url ?? dated.unsafeUrl ?? "");
	let rest = line.replace(TOP_LEVEL_ITEM, "").replace(CHECKBOX, "").replace(LEADING_SEPARATORS, "").trim();
	const link = WHOLE_LINK.exec(rest);
	if (link) return nonEmpty(link[1]!.trim());
	const withoutUrl = rest.replace(TRAILING_URL, "").trim();
	rest = withoutUrl === "" ? rest : withoutUrl;
	return nonEmpty(rest.replace(LEADING_SEPARATORS, "").trim());
}

function nonEmpty(text: string): string | null {
	return text === "" ? null : text;
}
