import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../support/run-cli-capture";

const SCRIPT = join(REPO_ROOT, "scripts", "release-check.mjs");
const FILES = ["manifest.json", "package.json", "package-lock.json", "versions.json", "CHANGELOG.md"];

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "atlas-release-"));
	for (const file of FILES) copyFileSync(join(REPO_ROOT, file), join(dir, file));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function check(...extra: string[]): { code: number; out: string } {
	try {
		const out = execFileSync(process.execPath, [SCRIPT, "--root", dir, "--versions-only", ...extra], { encoding: "utf8", stdio: "pipe", env: { ...process.env, GITHUB_REF_TYPE: "" } });
		return { code: 0, out };
	} catch (error) {
		const failed = error as { status: number; stderr: string };
		return { code: failed.status, out: failed.stderr };
	}
}

function edit(file: string, change: (json: Record<string, any>) => void): void {
	const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
	change(json);
	writeFileSync(join(dir, file), JSON.stringify(json, null, "\t"));
}

const version = (JSON.parse(readFileSync(join(REPO_ROOT, "manifest.json"), "utf8")) as { version: string }).version;

test("the repository's own version files agree, and so does a tag equal to the version", () => {
	expect(check()).toMatchObject({ code: 0 });
	expect(check("--tag", version).out).toContain(`tag ${version}`);
});

test("a tag with a v prefix is refused", () => {
	const run = check("--tag", `v${version}`);
	expect(run.code).toBe(1);
	expect(run.out).toContain(`tag v${version} differs from manifest.json version ${version}`);
});

test("package.json behind the manifest is named", () => {
	edit("package.json", (pkg) => (pkg.version = "0.0.9"));
	const run = check();
	expect(run.code).toBe(1);
	expect(run.out).toContain("package.json version 0.0.9 differs");
});

test("a versions.json without the new version, or with another minAppVersion, is named", () => {
	edit("versions.json", (versions) => delete versions[version]);
	expect(check().out).toContain(`versions.json has no entry for ${version}`);
	edit("versions.json", (versions) => (versions[version] = "0.15.0"));
	expect(check().out).toContain(`versions.json maps ${version} to 0.15.0`);
});

test("a stale lockfile is named", () => {
	edit("package-lock.json", (lock) => (lock.packages[""].version = "0.0.1"));
	expect(check()).toMatchObject({ code: 1, out: expect.stringContaining("package-lock.json version") });
});

test("a version without a CHANGELOG section is named, and the release notes are that section", () => {
	writeFileSync(join(dir, "CHANGELOG.md"), "# Changelog\n\n## 0.0.1\n- old\n");
	expect(check()).toMatchObject({ code: 1, out: expect.stringContaining(`CHANGELOG.md has no "## ${version}" section`) });
	const notes = execFileSync(process.execPath, [join(REPO_ROOT, "scripts", "changelog-section.mjs"), version, join(REPO_ROOT, "CHANGELOG.md")], { encoding: "utf8" });
	expect(notes).toMatch(/^### /);
	expect(notes).not.toContain(`## ${version}`);
	expect(notes).not.toMatch(/^## /m);
});
