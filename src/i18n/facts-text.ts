import type { Entry } from "../core/model/entry";
import { isStale } from "../core/query/query-facts";
import type { FactsLookup } from "../core/repo-facts/facts-lookup";
import { hasFacts, type FactsRecord } from "../core/repo-facts/repo-facts-types";
import { compactStars, pushedText } from "./facts-format";
import type { Translator } from "./translator";

/** A record as short phrases: ★ 12.3k, Pushed 3 months ago, license, language, Archived, Stale. Empty without facts. */
export function factsParts(record: FactsRecord | null, now: Date, i18n: Translator, staleBefore: string | null, withLanguage = true): string[] {
	if (!hasFacts(record)) return [];
	const { t, language } = i18n;
	const parts: string[] = [];
	if (record.stars !== null) parts.push(t("facts.stars", { count: compactStars(record.stars, language) }));
	if (record.pushedAt !== null) parts.push(pushedText(record.pushedAt, now, i18n));
	for (const value of withLanguage ? [record.license, record.language] : [record.license]) if (value !== null) parts.push(value.replace(/\s+/g, " "));
	if (record.archived) parts.push(t("facts.archived"));
	if (isStale(record, staleBefore)) parts.push(t("facts.stale"));
	return parts;
}

/** For exports: "★ 12.3k · Pushed 3 months ago · Apache-2.0", or null for an entry without facts. */
export function factsPhrase(lookup: FactsLookup, now: Date, i18n: Translator): (entry: Entry) => string | null {
	return (entry) => {
		const parts = factsParts(lookup.recordOf(entry), now, i18n, lookup.staleBefore, false);
		return parts.length === 0 ? null : parts.join(" · ");
	};
}
