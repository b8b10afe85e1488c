import { factsToJson } from "../../core/repo-facts/facts-json";
import { addressesOf, type FactsLookup } from "../../core/repo-facts/facts-lookup";
import { saveFactsCache } from "../../core/repo-facts/facts-store";
import { refreshFacts, type RefreshReport } from "../../core/repo-facts/refresh-facts";
import type { RepoAddress } from "../../core/repo-facts/repo-address";
import type { FactsRecord } from "../../core/repo-facts/repo-facts-types";
import { describeRefresh, repoLabel } from "../../i18n/describe-refresh";
import { factsParts } from "../../i18n/facts-text";
import type { CliCommand } from "../cli-command";
import type { CliContext } from "../cli-context";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { loadCliFacts } from "../repo-facts/cli-facts";
import { joinLines } from "../terminal-text";
import { hostAccessFromEnv } from "../repo-facts/host-access-env";

/**
 * `atlas repos [VAULT] [--refresh] [--force] [--json]`: the facts of every repository the entries name.
 * Without --refresh nothing is fetched: the cache is printed as it is.
 */
export const reposCommand: CliCommand = {
	name: "repos",
	usage: "atlas repos [VAULT] [--refresh] [--force] [--json] [--lang zh|en] [--tag TAG]",
	async run(argv, context) {
		const args = context.parse(argv, { flags: ["--refresh", "--force", "--json"], values: ["--lang", "--tag"] });
		const { t } = context.i18n;
		if (args.positional.length > 1) throw new UsageError(t("cli.unknownOption", { option: args.positional[1]! }));
		const vault = context.vaultPath(args.positional[0]);
		const refresh = args.flags.has("--refresh") || args.flags.has("--force");
		const access = refresh ? accessOrUsage(context) : null;
		const settings = context.settingsFor(vault, args);
		const entries = context.loadIndex(vault, settings).snapshot().stages.flatMap((group) => group.entries.map((placed) => placed.entry));
		const addresses = addressesOf(entries);
		const facts = await loadCliFacts(vault, context, settings.factsStaleMonths);
		// The cache lives in the plugin's folder; a folder Obsidian never opened has none to put it in.
		if (refresh && facts.file === null) throw new UsageError(t("facts.cli.noConfigDir", { path: vault }));
		let report: RefreshReport | null = null;
		if (access !== null && addresses.length > 0) {
			report = await refreshFacts({
				addresses,
				records: facts.loaded.cache.repos,
				http: context.io.http ?? context.io.machine.http,
				access,
				now: context.io.now,
				force: args.flags.has("--force"),
				onProgress: (done, total) => context.io.progress?.(`${done} / ${total}`),
				...(context.io.repoFactsLimits ? { limits: context.io.repoFactsLimits } : {}),
			});
			context.io.progress?.("");
			await saveFactsCache(facts.file!, facts.loaded.cache);
		}
		const records = addresses.map((address) => [address, facts.loaded.cache.repos[address.key] ?? null] as const);
		if (args.flags.has("--json")) context.io.out(JSON.stringify({ repos: records.map(([a, r]) => factsToJson(a.key, a.host, r)) }, null, 2) + "\n");
		else context.io.out(formatRepos(records, facts.lookup, context));
		if (report !== null) context.io.err(describeRefresh(report, context.i18n, { freshHint: "cli" }).join("\n") + "\n");
		const bad = records.some(([, r]) => r?.status === "failed" || r?.status === "not-found");
		return bad || (report?.rateLimited.length ?? 0) > 0 ? EXIT_FAILED : EXIT_OK;
	},
};

function accessOrUsage(context: CliContext): ReturnType<typeof hostAccessFromEnv> {
	try {
		return hostAccessFromEnv(context.io.env ?? {}, (variable, value) => context.i18n.t("facts.cli.badBase", { variable, value }));
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}

function formatRepos(records: readonly (readonly [RepoAddress, FactsRecord | null])[], lookup: FactsLookup, context: CliContext): string {
	const { t } = context.i18n;
	if (records.length === 0) return t("facts.cli.none") + "\n";
	const lines = [t("facts.cli.heading", { count: records.length })];
	for (const [address, record] of records) lines.push(`  ${repoLabel(address.key)}  ${factsLine(record, lookup, context)}`);
	// Host text reaches the terminal through run-cli's sanitizer; joinLines keeps one repository on one line.
	return joinLines(lines) + "\n";
}

function factsLine(record: FactsRecord | null, lookup: FactsLookup, { i18n, io }: CliContext): string {
	const { t } = i18n;
	if (record === null) return t("facts.cli.notFetched");
	if (record.status === "not-found") return t("facts.notFound");
	const parts: string[] = [];
	if (record.status === "moved" && record.movedTo !== null) parts.push(t("facts.movedTo", { to: record.movedTo }));
	if (record.status === "failed") parts.push(t("facts.failed", { error: record.error ?? "" }));
	return [...parts, ...factsParts(record, io.now(), i18n, lookup.staleBefore)].join("  ");
}
