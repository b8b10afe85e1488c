/**
 * The hostile fixture vault, copied to a temp folder and completed with the notes that
 * cannot live in git: a ~5 MB note, a frontmatter over the size limit, and file names that
 * are illegal on Windows (committing those would make the repository uncloneable there).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { listMarkdownFiles } from "../../../node/vault-files";

export const HOSTILE_VAULT = join(__dirname, "..", "..", "fixtures", "hostile-vault");

/** Where the fixture's code payloads would write if anything ever ran them. */
export const MARKER_FILE = join(tmpdir(), "framework-atlas-pwned.marker");

export const HUGE_NOTE = "generated/huge-note.md";
export const HUGE_FRONTMATTER = "generated/huge-frontmatter.md";
/** Characters Windows forbids in file names, plus its reserved device names. */
export const WINDOWS_ILLEGAL_NAMES = ["what?.md", "a<b>c.md", "pipe|name.md", "colon: name.md", "star*.md", 'quote".md', "CON.md", "aux.md", "trailing dot..md"];

export const SCHEME_NAMED_NOTE = "javascript:alert(document.domain).md";

export function windowsIllegalPath(name: string): string {
	return `generated/windows/${name}`;
}

/** A fresh copy of the vault with the generated notes; remove it with `dispose`. */
export function makeHostileVault(): { root: string; dispose: () => void } {
	const root = mkdtempSync(join(tmpdir(), "atlas-hostile-"));
	cpSync(HOSTILE_VAULT, root, { recursive: true });
	writeGenerated(root);
	return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

function writeGenerated(root: string): void {
	const write = (path: string, text: string) => {
		const full = join(root, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	};
	write(HUGE_NOTE, hugeNote());
	write(HUGE_FRONTMATTER, `---\ntags: [framework]\nname: Huge frontmatter\nfiller: "${"x".repeat(300 * 1024)}"\n---\n`);
	for (const name of WINDOWS_ILLEGAL_NAMES) write(windowsIllegalPath(name), "---\ntags: [framework]\nstage: deploy\n---\nNamed with characters Windows refuses.\n");
	// At the vault root its path parses as a URL with a javascript: scheme.
	write(SCHEME_NAMED_NOTE, "---\ntags: [framework]\nstage: rl\n---\nA file name that looks like a URL scheme.\n");
}

/** ~5 MB: a valid entry whose body mixes dated lines, a 1 MB line and regex-unfriendly text. */
export function hugeNote(): string {
	const lines = ["---", "tags: [framework]", "name: Huge note", "stage: deploy", "---"];
	for (let i = 0; i < 500; i++) lines.push(`- 2025-07-${String((i % 28) + 1).padStart(2, "0")} 10:00:00 Source ${i} https://example.org/${i}`);
	lines.push("a://".repeat(250 * 1024));
	lines.push("2025-07-02 10:00 " + "x ".repeat(512 * 1024));
	lines.push("```", "2025-07-02 10:00:00 inside a fence is not a source https://example.org/fenced", "```");
	const body = lines.join("\n") + "\n";
	return body + "filler line without dates\n".repeat(Math.max(0, Math.ceil((5 * 1024 * 1024 - body.length) / 26)));
}

/** Every note of a vault folder as [path, text] (text decoded as UTF-8, as Obsidian does). */
export function vaultNotes(root: string): [string, string][] {
	return listMarkdownFiles(root).map((file) => [file.slice(root.length + 1).split("\\").join("/"), readFileSync(file, "utf8")]);
}

/** Whether any payload in the fixture ever ran. */
export function codeRan(): boolean {
	return (globalThis as Record<string, unknown>).__ATLAS_PWNED__ !== undefined || existsSync(MARKER_FILE);
}

export function clearMarkers(): void {
	delete (globalThis as Record<string, unknown>).__ATLAS_PWNED__;
	rmSync(MARKER_FILE, { force: true });
}

/** Object.prototype must never gain a key from note text (`__proto__:` / `constructor:` keys). */
export function prototypePolluted(): boolean {
	const probe = {} as Record<string, unknown>;
	return probe.polluted !== undefined || probe.tags !== undefined || Object.keys(Object.prototype).length > 0;
}
