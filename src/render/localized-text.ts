import type { LocalizedText } from "../core/text/bilingual";
import { otherLanguage } from "../core/view/entry-view";
import type { Translator } from "../i18n/translator";
import { el } from "./dom";

/**
 * Bilingual note text (an entry view's name or summary). When it had to fall back to the other
 * language it gets the subtle `atlas-fallback` mark, a tooltip saying so and the right `lang`
 * (so screen readers and CJK fonts pick the language the text is really in).
 */
export function localizedText<K extends keyof HTMLElementTagNameMap>(
	parent: HTMLElement,
	tag: K,
	text: LocalizedText,
	i18n: Translator,
	cls?: string,
): HTMLElementTagNameMap[K] {
	const classes = [...(cls ? [cls] : []), ...(text.fallback ? ["atlas-fallback"] : [])];
	if (!text.fallback) return el(parent, tag, { cls: classes, text: text.text });
	return el(parent, tag, {
		cls: classes,
		text: text.text,
		title: i18n.t("language.fallbackTitle"),
		attr: { lang: otherLanguage(i18n.language) },
	});
}
