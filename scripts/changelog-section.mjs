// Prints the CHANGELOG.md section of one version (the lines under "## VERSION", without the heading),
// as the draft release's notes. Exits 1 when there is no such section: a release says what changed.
// Usage: node scripts/changelog-section.mjs VERSION [CHANGELOG]
import { readFileSync } from "node:fs";

const [version, file = "CHANGELOG.md"] = process.argv.slice(2);
const lines = readFileSync(file, "utf8").split(/\r?\n/);
const start = lines.findIndex((line) => new RegExp(`^## \\[?${version.replace(/\./g, "\\.")}\\]?(\\s|$)`).test(line));
if (start === -1) {
	process.stderr.write(`changelog-section: ${file} has no "## ${version}" section\n`);
	process.exit(1);
}
const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
process.stdout.write(lines.slice(start + 1, end === -1 ? undefined : end).join("\n").trim() + "\n");
