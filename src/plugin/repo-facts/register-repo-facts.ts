import { Notice, Setting } from "obsidian";
import type { AtlasContext, CardMenuItem, Feature, SettingSection } from "../atlas-context";
import { addressOf } from "../../core/repo-facts/facts-lookup";
import { readGithubToken, secretStorage, writeGithubToken } from "./github-token";
import { runRefresh } from "./run-refresh";

const DAY_MS = 24 * 60 * 60 * 1000;

/** "Refresh repository facts" for every entry (forced: the user asked now) or for one card's entry. */
export function refreshAll(context: AtlasContext): Promise<void> {
	return runRefresh(context, context.index.entries(), { force: true });
}

const refreshOne: CardMenuItem = (menu, entry, context) => {
	if (addressOf(entry.repo) === null) return;
	menu.addItem((item) =>
		item
			.setTitle(context.language.i18n.t("facts.refresh.commandOne"))
			.setIcon("refresh-cw")
			.onClick(() => void runRefresh(context, [entry], { force: true })),
	);
};

const factsSettings: SettingSection = (container, context) => {
	const { t } = context.language.i18n;
	const settings = context.settings;
	new Setting(container).setName(t("facts.settings.heading")).setHeading();
	new Setting(container)
		.setName(t("facts.settings.daily"))
		.setDesc(t("facts.settings.dailyDesc"))
		.addToggle((toggle) => toggle.setValue(settings.current().factsDailyRefresh).onChange((value) => void settings.update({ factsDailyRefresh: value })));
	new Setting(container)
		.setName(t("facts.settings.staleMonths"))
		.setDesc(t("facts.settings.staleMonthsDesc"))
		.addText((text) =>
			text.setValue(String(settings.current().factsStaleMonths)).onChange((value) => {
				const months = Number(value.trim());
				// The validator refuses anything but 1–120 whole months; a half-typed value is just not saved.
				void settings.update({ factsStaleMonths: months });
			}),
		);
	new Setting(container)
		.setName(t("facts.settings.frontmatter"))
		.setDesc(t("facts.settings.frontmatterDesc"))
		.addToggle((toggle) => toggle.setValue(settings.current().factsWriteFrontmatter).onChange((value) => void settings.update({ factsWriteFrontmatter: value })));
	const token = new Setting(container).setName(t("facts.settings.token"));
	if (secretStorage(context.app) === null) token.setDesc(t("facts.settings.tokenUnavailable"));
	else
		token.setDesc(t("facts.settings.tokenDesc")).addText((text) => {
			text.inputEl.type = "password";
			text.setValue(readGithubToken(context.app) ?? "").onChange((value) => writeGithubToken(context.app, value));
		});
};

/** At most once a day, only with the setting on, only when Obsidian is idle; quiet unless something went wrong. */
function scheduleDaily(plugin: Parameters<NonNullable<Feature["register"]>>[0], context: AtlasContext): void {
	const due = (): boolean => {
		const { factsDailyRefresh, factsLastDailyRefresh } = context.settings.current();
		if (!factsDailyRefresh) return false;
		const last = Date.parse(factsLastDailyRefresh);
		return Number.isNaN(last) || context.now().getTime() - last >= DAY_MS;
	};
	const run = async (): Promise<void> => {
		if (!due() || context.facts.busy) return;
		await context.settings.update({ factsLastDailyRefresh: context.now().toISOString() });
		await runRefresh(context, context.index.entries(), { force: false, quiet: true });
	};
	// The one pending idle callback or timeout, cancelled on unload so no refresh starts after it.
	let cancelPending: (() => void) | null = null;
	const whenIdle = (): void => {
		if (!due() || cancelPending) return;
		const start = (): void => {
			cancelPending = null;
			void run();
		};
		// requestIdleCallback is in Electron and recent mobile webviews; elsewhere wait half a minute.
		const host = window as Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
		if (typeof host.requestIdleCallback === "function") {
			const id = host.requestIdleCallback(start, { timeout: 60_000 });
			cancelPending = () => host.cancelIdleCallback?.(id);
		} else {
			const id = window.setTimeout(start, 30_000);
			cancelPending = () => window.clearTimeout(id);
		}
	};
	plugin.register(() => cancelPending?.());
	plugin.app.workspace.onLayoutReady(whenIdle);
	plugin.registerInterval(window.setInterval(whenIdle, 60 * 60 * 1000));
}

/** Repository facts: the refresh command, the card menu item, the settings, the optional daily run, the cache load. */
export const repoFactsFeature: Feature = {
	id: "repo-facts",
	register(plugin, context) {
		const { t } = context.language.i18n;
		plugin.addCommand({ id: "refresh-repo-facts", name: t("facts.refresh.command"), callback: () => void refreshAll(context) });
		plugin.app.workspace.onLayoutReady(() => {
			void context.facts.load().then(() => {
				const problem = context.facts.loadProblem;
				if (problem === null) return;
				const key = problem.problem === "corrupt" ? "facts.summary.cacheSetAside" : "facts.summary.cacheNewer";
				new Notice(t(key, { path: problem.setAsideAs ?? "repo-facts.json" }));
			});
		});
		plugin.register(() => context.facts.cancel());
		scheduleDaily(plugin, context);
	},
	settingSection: factsSettings,
	cardMenu: [refreshOne],
};
