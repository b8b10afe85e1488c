import { Notice } from "obsidian";
import type { Entry } from "../../core/model/entry";
import { addressesOf } from "../../core/repo-facts/facts-lookup";
import { describeRefresh } from "../../i18n/describe-refresh";
import type { AtlasContext } from "../atlas-context";
import { writeFactsToFrontmatter } from "./write-frontmatter";
import { RefreshNotice } from "./refresh-notice";

/** One refresh with its progress notice and a closing summary notice. `quiet`: the daily run, which only speaks about problems. */
export async function runRefresh(context: AtlasContext, entries: readonly Entry[], options: { force: boolean; quiet?: boolean }): Promise<void> {
	const { i18n } = context.language;
	const { t } = i18n;
	if (context.facts.busy) {
		if (!options.quiet) new Notice(t("facts.refresh.busy"));
		return;
	}
	if (addressesOf(entries).length === 0) {
		if (!options.quiet) new Notice(t("facts.refresh.nothing"));
		return;
	}
	const progress = options.quiet ? null : new RefreshNotice(i18n, () => context.facts.cancel());
	const run = await context.facts.refresh(entries, { force: options.force, onProgress: (done, total) => progress?.update(done, total) });
	progress?.hide();
	if (run === null) return;
	const { report } = run;
	const troubled = report.failed.length + report.notFound.length + report.rateLimited.length > 0 || run.saveError !== null;
	if (!options.quiet || troubled) {
		const lines = describeRefresh(report, i18n, { freshHint: "plugin" });
		if (run.saveError !== null) lines.push(t("facts.summary.saveFailed", { error: run.saveError }));
		new Notice(lines.join("\n"), troubled ? 0 : undefined);
	}
	if (context.settings.current().factsWriteFrontmatter) await writeFactsToFrontmatter(context, entries);
}
