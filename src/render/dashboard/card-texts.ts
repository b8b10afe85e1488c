import type { Translator } from "../../i18n/translator";

/**
 * The interface texts every card repeats, looked up once per translator instead of once per card:
 * an i18next lookup costs tens of microseconds, several per card, which on a 2,000-entry dashboard
 * was a third of the render call. Source counts are kept per count (a handful of distinct values).
 */
export interface CardTexts {
	starred: string;
	latestSource: string;
	untitledSource: string;
	fallbackMark: string;
	summaryFallback: string;
	sources(count: number): string;
}

const cache = new WeakMap<Translator, CardTexts>();

/** A new translator (language switch) is a new key, so texts never outlive their language. */
export function cardTexts(translator: Translator): CardTexts {
	let texts = cache.get(translator);
	if (!texts) {
		const { t } = translator;
		const counts = new Map<number, string>();
		texts = {
			starred: t("dashboard.starred"),
			latestSource: t("dashboard.latestSource"),
			untitledSource: t("dashboard.untitledSource"),
			fallbackMark: t("dashboard.fallbackMark"),
			summaryFallback: t("dashboard.summaryFallback"),
			sources: (count) => {
				let text = counts.get(count);
				if (text === undefined) counts.set(count, (text = t("dashboard.sources", { count })));
				return text;
			},
		};
		cache.set(translator, texts);
	}
	return texts;
}
