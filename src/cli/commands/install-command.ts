import type { CliCommand } from "../cli-command";
import type { CliContext } from "../cli-context";
import { EXIT_OK, UsageError } from "../cli-io";
import type { Machine } from "../machine";
import { needsBuild, PLUGIN_FILES } from "../plugin-build";
import { findConfigDir, isConfigDirName } from "../vault-config";

interface PluginManifest {
	id: string;
	name: string;
	version: string;
}

/**
 * `atlas install VAULT [--config-dir DIR] [--force]`: copies the built plugin into
 * VAULT/DIR/plugins/<id>/. Only the three plugin files are written (each crash-safe); data.json, the
 * user's settings, is never opened, so an update keeps them.
 */
export const installCommand: CliCommand = {
	name: "install",
	usage: "atlas install VAULT [--config-dir DIR] [--force] [--lang zh|en]",
	run(argv, context) {
		const { t } = context.i18n;
		const args = context.parse(argv, { flags: ["--force"], values: ["--config-dir", "--lang"] });
		if (args.positional.length !== 1) throw new UsageError(t("install.vaultRequired"));
		const { machine } = context.io;
		const { files, paths } = machine;
		const vault = paths.resolve(context.io.cwd, args.positional[0]!);
		if (files.kind(vault) !== "folder") throw new UsageError(t("cli.vaultMissing", { path: vault }));
		const requested = args.values.get("--config-dir");
		if (requested !== undefined && !isConfigDirName(requested)) throw new UsageError(t("install.badConfigDir", { value: requested }));
		const configDir = chooseConfigDir(context, vault, requested, args.flags.has("--force"));

		const packageRoot = context.io.packageRoot ?? paths.resolve(context.io.sampleVault, "..");
		if (needsBuild(machine, packageRoot)) {
			context.io.err(t("install.building") + "\n");
			machine.buildPlugin(packageRoot);
		}
		const missing = PLUGIN_FILES.filter((file) => !files.exists(paths.join(packageRoot, file)));
		if (missing.length > 0) throw new Error(t("install.filesMissing", { files: missing.join(", "), path: packageRoot }));
		const manifest = JSON.parse(files.readText(paths.join(packageRoot, "manifest.json"))) as PluginManifest;
		return copyPlugin(context, { vault, configDir, packageRoot, manifest });
	},
};

/**
 * The vault's configuration folder. A folder with none was never opened in Obsidian: refused, unless
 * --force, and then --config-dir must name the one to create (the CLI never guesses the name).
 */
function chooseConfigDir(context: CliContext, vault: string, requested: string | undefined, force: boolean): string {
	const { t } = context.i18n;
	const found = findConfigDir(context.io.machine, vault, requested);
	if (found.kind === "found") return found.dir;
	if (found.kind === "several") throw new UsageError(t("install.severalConfigDirs", { path: vault, dirs: found.dirs.join(", ") }));
	if (!force) throw new UsageError(t("install.notAVault", { path: vault }));
	if (requested === undefined) throw new UsageError(t("install.forceNeedsConfigDir", { path: vault }));
	return requested;
}

interface InstallTarget {
	vault: string;
	configDir: string;
	packageRoot: string;
	manifest: PluginManifest;
}

function copyPlugin(context: CliContext, { vault, configDir, packageRoot, manifest }: InstallTarget): number {
	const { t } = context.i18n;
	const { machine } = context.io;
	const { files, paths } = machine;
	const folder = paths.join(vault, configDir, "plugins", manifest.id);
	const previous = installedVersion(machine, folder);
	files.makeFolder(folder);
	// manifest.json last: until it is replaced Obsidian still sees a complete older plugin or none at all.
	for (const file of ["main.js", "styles.css", "manifest.json"] as const) files.writeAtomic(paths.join(folder, file), files.readBytes(paths.join(packageRoot, file)));
	const kept = files.exists(paths.join(folder, "data.json"));
	const facts = { name: manifest.name, version: manifest.version, path: folder };
	const done = previous === null ? t("install.installed", facts) : previous === manifest.version ? t("install.reinstalled", facts) : t("install.updated", { ...facts, from: previous });
	const lines = [done];
	if (kept) lines.push(t("install.settingsKept"));
	lines.push(isEnabled(machine, paths.join(vault, configDir), manifest.id) ? t("install.reload", { name: manifest.name }) : t("install.enable", { path: vault, name: manifest.name }));
	context.io.out(lines.join("\n") + "\n");
	return EXIT_OK;
}

function installedVersion({ files, paths }: Machine, folder: string): string | null {
	if (!files.exists(paths.join(folder, "manifest.json"))) return null;
	try {
		const version = (JSON.parse(files.readText(paths.join(folder, "manifest.json"))) as Partial<PluginManifest>).version;
		return typeof version === "string" ? version : "?";
	} catch {
		return "?";
	}
}

/** Obsidian lists enabled community plugins by id in community-plugins.json. */
function isEnabled({ files, paths }: Machine, configFolder: string, id: string): boolean {
	try {
		const enabled: unknown = JSON.parse(files.readText(paths.join(configFolder, "community-plugins.json")));
		return Array.isArray(enabled) && enabled.includes(id);
	} catch {
		return false;
	}
}
