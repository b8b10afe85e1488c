import type { RefreshReport } from "../core/repo-facts/refresh-facts";
import type { Translator } from "./translator";

/** A repository as messages name it: `github.com/owner/name`. */
export function repoLabel(key: string): string {
	return key.replace(/^https:\/\//, "");
}

/** What a refresh did, one line per kind of outcome, in the translator's language. */
export function describeRefresh(report: RefreshReport, i18n: Translator, options: { freshHint: "cli" | "plugin" }): string[] {
	const { t } = i18n;
	const counts = [t("facts.summary.asked", { count: report.total })];
	if (report.updated > 0) counts.push(t("facts.summary.updated", { count: report.updated }));
	if (report.unchanged > 0) counts.push(t("facts.summary.unchanged", { count: report.unchanged }));
	const lines = [counts.join(t("query.explain.listSeparator"))];
	if (report.fresh > 0) lines.push(t(options.freshHint === "cli" ? "facts.summary.fresh" : "facts.summary.freshPlugin", { count: report.fresh }));
	const list = (keys: string[]): string => keys.map(repoLabel).join(t("query.explain.listSeparator"));
	if (report.notFound.length > 0) lines.push(t("facts.summary.notFound", { repos: list(report.notFound) }));
	if (report.moved.length > 0) lines.push(t("facts.summary.moved", { repos: report.moved.map((m) => `${repoLabel(m.key)} → ${m.to}`).join(t("query.explain.listSeparator")) }));
	if (report.failed.length > 0) lines.push(t("facts.summary.failed", { repos: report.failed.map((f) => `${repoLabel(f.key)} (${f.error})`).join(t("query.explain.listSeparator")) }));
	for (const limit of report.rateLimited) {
		const host = t(`facts.hosts.${limit.host}`);
		const count = report.skipped.filter((key) => hostOfKey(key) === limit.host).length;
		lines.push(limit.resetAt === null ? t("facts.summary.rateLimitedUnknown", { host, count }) : t("facts.summary.rateLimited", { host, count, when: resetText(limit.resetAt, i18n) }));
	}
	if (report.cancelled) lines.push(t("facts.summary.cancelled"));
	return lines;
}

function hostOfKey(key: string): string {
	return key.startsWith("https://github.com/") ? "github" : key.startsWith("https://gitee.com/") ? "gitee" : "gitlab";
}

/** The reset time in local wall-clock terms: "at 21:15" / "于 21:15". Local because the user reads it on their clock. */
function resetText(iso: string, { language }: Translator): string {
	const date = new Date(iso);
	const pad = (n: number): string => String(n).padStart(2, "0");
	const text = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
	return language === "zh" ? `于 ${text} ` : `at ${text}`;
}
