// npm run demo: writes demo-vault/ from the bundled sample vault, installs and enables the
// freshly built plugin there, and prints the index. Notes already in demo-vault/ are never
// overwritten, so whatever the user added or edited survives a re-run.
import { constants, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sample = join(root, "sample-vault");
// ATLAS_DEMO_VAULT writes the demo somewhere else (the tests use a temporary folder).
const vault = process.env.ATLAS_DEMO_VAULT ? resolve(process.env.ATLAS_DEMO_VAULT) : join(root, "demo-vault");
const pluginDir = join(vault, ".obsidian", "plugins", "framework-atlas");

function copyNotes(from, to) {
	let copied = 0;
	let kept = 0;
	for (const item of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, item.name);
		const target = join(to, item.name);
		if (item.isDirectory()) {
			mkdirSync(target, { recursive: true });
			const counts = copyNotes(source, target);
			copied += counts.copied;
			kept += counts.kept;
		} else {
			mkdirSync(to, { recursive: true });
			if (copyUnlessPresent(source, target)) copied++;
			else kept++;
		}
	}
	return { copied, kept };
}

/** COPYFILE_EXCL: the copy fails rather than replace a note that is already there. */
function copyUnlessPresent(source, target) {
	try {
		copyFileSync(source, target, constants.COPYFILE_EXCL);
		return true;
	} catch (error) {
		if (error.code === "EEXIST") return false;
		throw error;
	}
}

function enablePlugin() {
	const list = join(vault, ".obsidian", "community-plugins.json");
	let enabled = [];
	try {
		enabled = JSON.parse(readFileSync(list, "utf8"));
	} catch {
		enabled = [];
	}
	if (!Array.isArray(enabled)) enabled = [];
	if (!enabled.includes("framework-atlas")) enabled.push("framework-atlas");
	writeFileSync(list, JSON.stringify(enabled, null, 2) + "\n");
}

const { copied, kept } = copyNotes(sample, vault);
mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(join(root, file), join(pluginDir, file));
enablePlugin();

const lang = process.argv.includes("--lang=zh") ? ["--lang", "zh"] : [];
const index = execFileSync(process.execPath, [join(root, "dist", "cli.js"), "index", vault, ...lang], { encoding: "utf8" });
process.stdout.write(`\nDemo vault: ${relative(process.cwd(), vault) || "."} (${copied} notes copied, ${kept} kept as they were)\n\n`);
process.stdout.write(index);
process.stdout.write(
	`\nOpen it in Obsidian: "Open folder as vault" → ${vault}\n` +
		`Framework Atlas is installed and enabled there (turn off Restricted mode if Obsidian asks).\n` +
		`Click the ribbon icon or run "Framework Atlas: Open dashboard".\n`,
);
