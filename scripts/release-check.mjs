// Checks what a release needs before it is tagged (and again in CI):
//  1. manifest.json, package.json, package-lock.json and versions.json name the same version,
//     versions.json maps it to the manifest's minAppVersion (Obsidian reads that map to pick a release),
//     and CHANGELOG.md has a section for it (the draft release's notes);
//     with --tag TAG (or GITHUB_REF_NAME on a tag push) the tag equals that version, without a "v".
//  2. Two production builds of the same tree give a byte-identical main.js: the community directory
//     rebuilds the plugin from source to check the released file.
// Usage: node scripts/release-check.mjs [--root DIR] [--tag TAG] [--versions-only]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const option = (name) => {
	const at = args.indexOf(name);
	return at === -1 ? undefined : args[at + 1];
};
const root = path.resolve(option("--root") ?? path.join(path.dirname(fileURLToPath(import.meta.url)), ".."));
const tag = option("--tag") ?? (process.env.GITHUB_REF_TYPE === "tag" ? process.env.GITHUB_REF_NAME : undefined);

const problems = versionProblems(root, tag);
for (const problem of problems) process.stderr.write(`release-check: ${problem}\n`);
if (problems.length > 0) process.exit(1);
const manifest = readJson(root, "manifest.json");
process.stdout.write(`release-check: version ${manifest.version} (minAppVersion ${manifest.minAppVersion}) agrees in manifest.json, package.json, package-lock.json and versions.json${tag === undefined ? "" : ` and tag ${tag}`}\n`);

if (!args.includes("--versions-only")) {
	const first = buildMainJs(root);
	const second = buildMainJs(root);
	if (first.hash !== second.hash) {
		process.stderr.write(`release-check: two production builds differ: main.js ${first.hash} (${first.bytes} B) vs ${second.hash} (${second.bytes} B)\n`);
		process.exit(1);
	}
	process.stdout.write(`release-check: two production builds give the same main.js (${first.bytes} B, sha256 ${first.hash.slice(0, 16)}…)\n`);
}

/** Every disagreement between the files that carry the version, as one sentence each. */
function versionProblems(dir, releaseTag) {
	const found = [];
	const manifest = readJson(dir, "manifest.json");
	const pkg = readJson(dir, "package.json");
	const lock = readJson(dir, "package-lock.json");
	const versions = readJson(dir, "versions.json");
	const version = manifest.version;
	if (typeof version !== "string" || !/^\d+\.\d+\.\d+$/.test(version)) found.push(`manifest.json version ${JSON.stringify(version)} is not x.y.z`);
	if (pkg.version !== version) found.push(`package.json version ${pkg.version} differs from manifest.json ${version}`);
	if (lock.version !== version || lock.packages?.[""]?.version !== version) found.push(`package-lock.json version ${lock.version} differs from manifest.json ${version} (run npm install)`);
	if (!(version in versions)) found.push(`versions.json has no entry for ${version} (run npm version ${version})`);
	else if (versions[version] !== manifest.minAppVersion) found.push(`versions.json maps ${version} to ${versions[version]}, manifest.json's minAppVersion is ${manifest.minAppVersion}`);
	if (!new RegExp(`^## \\[?${version.replace(/\./g, "\\.")}\\]?(\\s|$)`, "m").test(readText(dir, "CHANGELOG.md"))) found.push(`CHANGELOG.md has no "## ${version}" section`);
	if (releaseTag !== undefined && releaseTag !== version) found.push(`tag ${releaseTag} differs from manifest.json version ${version} (tags carry no "v")`);
	return found;
}

function readText(dir, name) {
	try {
		return readFileSync(path.join(dir, name), "utf8");
	} catch {
		return "";
	}
}

function readJson(dir, name) {
	return JSON.parse(readFileSync(path.join(dir, name), "utf8"));
}

/** One production build in its own Node process (as `npm run build` does it), then main.js's digest. */
function buildMainJs(dir) {
	execFileSync(process.execPath, [path.join(dir, "esbuild.config.mjs"), "production"], { cwd: dir, stdio: "pipe" });
	const bytes = readFileSync(path.join(dir, "main.js"));
	return { hash: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
}
