import i18next, { type i18n } from "i18next";
import type { Language } from "../core/stages/stage-vocabulary";
import { en } from "./locales/en";
import { zh } from "./locales/zh";

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: string, params?: TranslateParams) => string;

export interface Translator {
	readonly language: Language;
	t: Translate;
}

let shared: i18n | null = null;

/** One i18next instance for the process (never the global singleton, which other plugins share). */
function instance(): i18n {
	if (shared) return shared;
	shared = i18next.createInstance();
	void shared.init({
		resources: { en: { translation: en }, zh: { translation: zh } },
		lng: "en",
		fallbackLng: "en",
		initAsync: false,
		returnNull: false,
		// Text is always set with textContent/createEl, never as HTML: escaping would show "&lt;" literally.
		interpolation: { escapeValue: false },
	});
	return shared;
}

export function translator(language: Language): Translator {
	const fixed = instance().getFixedT(language);
	return { language, t: (key, params) => fixed(key, params) };
}

/** Obsidian's app language → our label language: any Chinese variant is zh, everything else en. */
export function languageFromLocale(locale: string | null | undefined): Language {
	return locale && /^zh\b/i.test(locale) ? "zh" : "en";
}
