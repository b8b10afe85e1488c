import { entryName } from "../../core/text/bilingual";
import type { TimelineMonth } from "../../core/views/reading-timeline";
import type { Translator } from "../../i18n/translator";

/** `YYYY-MM  N` per month, newest first, then its sources as `YYYY-MM-DD HH:mm  entry — title`. */
export function formatTimelineText(months: readonly TimelineMonth[], { t, language }: Translator): string[] {
	if (months.length === 0) return [t("query.results.timelineEmpty")];
	const lines: string[] = [];
	for (const month of months) {
		lines.push(`${month.month}  ${month.count}`);
		for (const source of month.sources) {
			const date = source.date.replace("T", " ").slice(0, 16).padEnd(16);
			const title = source.title || source.url || t("query.results.untitled");
			lines.push(`  ${date}  ${entryName(source.entry, language).text} — ${title}`);
		}
	}
	return lines;
}
