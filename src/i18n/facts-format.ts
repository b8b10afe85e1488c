import type { Language } from "../core/stages/stage-vocabulary";
import type { Translator } from "./translator";

/** 842, 12.3k, 1.2M in English; 842, 8,421, 1.2万, 3.4亿 in Chinese (万 = 10⁴, 亿 = 10⁸). */
export function compactStars(count: number, language: Language): string {
	const units: [number, string][] = language === "zh" ? [[1e8, "亿"], [1e4, "万"]] : [[1e6, "M"], [1e3, "k"]];
	for (const [size, suffix] of units) if (count >= size) return `${oneDecimal(count / size)}${suffix}`;
	return count.toLocaleString(language === "zh" ? "zh-CN" : "en-US");
}

/** Rounds down, so 12,399 is 12.3k, never 12.4k: a badge should not claim stars a repo lacks. */
function oneDecimal(value: number): string {
	const floored = Math.floor(value * 10) / 10;
	return value >= 100 ? String(Math.floor(value)) : floored.toFixed(1).replace(/\.0$/, "");
}

/** "Pushed 3 months ago" / "3 个月前推送"; "Pushed today" within a day (and for a clock that runs behind the host's). */
export function pushedText(iso: string, now: Date, i18n: Translator): string {
	const days = Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
	return days >= 1 ? i18n.t("facts.pushed", { when: relativeTime(days, i18n) }) : i18n.t("facts.pushedToday");
}

/** "3 months ago" / "3 个月前" for a whole number of days (at least 1). */
function relativeTime(days: number, { t }: Translator): string {
	if (days < 31) return t("facts.relative.days", { count: days });
	const months = Math.floor(days / 30.44);
	if (months < 12) return t("facts.relative.months", { count: Math.max(1, months) });
	return t("facts.relative.years", { count: Math.floor(days / 365.25) });
}
