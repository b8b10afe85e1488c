import { getLanguage } from "obsidian";
import type { Language } from "../core/stages/stage-vocabulary";
import { languageFromLocale, translator, type Translator } from "../i18n/translator";
import type { LabelLanguageSetting } from "../core/settings/atlas-settings";

export type LanguageListener = (language: Language) => void;

/** What features see of the label language: read it, translate with it, hear when it flips. */
export interface LabelLanguage {
	readonly language: Language;
	readonly i18n: Translator;
	subscribe(listener: LanguageListener): () => void;
}

/**
 * The active label language and who wants to hear when it changes. Views and code blocks
 * subscribe here (and unsubscribe on close) so one toggle re-renders all of them at once.
 */
export class LanguageState implements LabelLanguage {
	private readonly listeners = new Set<LanguageListener>();
	private current: Language;

	constructor(private setting: LabelLanguageSetting) {
		this.current = resolveLanguage(setting);
	}

	get language(): Language {
		return this.current;
	}

	get i18n(): Translator {
		return translator(this.current);
	}

	/** Applies a new setting; listeners hear about it only if the effective language changed. */
	apply(setting: LabelLanguageSetting): void {
		this.setting = setting;
		const next = resolveLanguage(setting);
		if (next === this.current) return;
		this.current = next;
		for (const listener of [...this.listeners]) listener(next);
	}

	subscribe(listener: LanguageListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
}

export function resolveLanguage(setting: LabelLanguageSetting): Language {
	return setting === "auto" ? languageFromLocale(getLanguage()) : setting;
}
