import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { SeededRandom } from "./seeded-random";
import * as words from "./vault-words";

export interface VaultSpec {
	/** Every note, entries included. */
	notes: number;
	/** Valid framework entries among them. */
	entries: number;
	seed: number;
	/** Extra entries whose frontmatter is an alias bomb (refused by the parser); 0 unless asked. */
	aliasBombs?: number;
}

export type NoteKind = "entry" | "ordinary" | "malformed";

export interface SyntheticNote {
	path: string;
	text: string;
	kind: NoteKind;
}

export const DEFAULT_SPEC: VaultSpec = { notes: 10_000, entries: 2_000, seed: 20250702 };

/** Malformed notes carry the entry tag, so the index must report (not drop, not crash on) each one. */
const MALFORMED: readonly ((i: number) => string)[] = [
	(i) => `---\ntags: [framework, rl\nname: Broken ${i}\n---\nunclosed flow sequence\n`,
	(i) => `---\ntags: framework\nname: "Bad quote ${i}\nstage: rl\n---\n`,
	(i) => `---js\n{ tags: ["framework"], name: "Scripted ${i}" }\n---\nnever run\n`,
	(i) => `---\ntags: [framework]\nname: Unclosed ${i}\n\nno closing line\n`,
	(i) => aliasBomb(`Bomb ${i}`, 9, 10),
	(i) => `---\n- framework\n- not a mapping ${i}\n---\n`,
];

/** Deterministic for a given spec: the same seed always yields the same paths and texts, in order. */
export function generateVault(spec: VaultSpec = DEFAULT_SPEC): SyntheticNote[] {
	const random = new SeededRandom(spec.seed);
	const names = entryNames(spec.entries, random);
	const notes: SyntheticNote[] = names.map((name, i) => ({ path: entryPath(name, i), text: entryText(name, i, names, random), kind: "entry" }));
	const malformed = Math.min(MALFORMED.length, Math.max(0, spec.notes - spec.entries));
	for (let i = 0; i < malformed; i++) notes.push({ path: `Inbox/malformed-${i}.md`, text: MALFORMED[i]!(i), kind: "malformed" });
	for (let i = 0; i < (spec.aliasBombs ?? 0); i++) notes.push({ path: `Inbox/alias-bomb-${i}.md`, text: aliasBomb(`Alias bomb ${i}`, 9, 7), kind: "malformed" });
	const ordinary = spec.notes - notes.length + (spec.aliasBombs ?? 0);
	for (let i = 0; i < ordinary; i++) notes.push({ path: ordinaryPath(i, random), text: ordinaryText(i, random), kind: "ordinary" });
	return notes;
}

/** Writes the vault under a fresh temporary folder and returns that folder. */
export function writeVault(notes: readonly SyntheticNote[], root = mkdtempSync(join(tmpdir(), "atlas-bench-"))): string {
	for (const note of notes) {
		const file = join(root, note.path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, note.text);
	}
	return root;
}

/**
 * `levels` nested lists of `width` aliases each: tiny on disk, width^levels nodes if expanded.
 * It uses (levels - 1) * width + 1 aliases: 9 × 10 is refused by the parser's alias budget (64),
 * 9 × 7 (57 aliases, 57 million nodes if expanded) is parsed and must stay small.
 */
export function aliasBomb(name: string, levels: number, width: number): string {
	const lines = [`a0: &a0 [x, x, x, x, x, x, x, x, x, x]`];
	for (let level = 1; level < levels; level++) {
		lines.push(`a${level}: &a${level} [${Array.from({ length: width }, () => `*a${level - 1}`).join(", ")}]`);
	}
	return `---\ntags: [framework]\nname: ${name}\n${lines.join("\n")}\nsummary: *a${levels - 1}\n---\n`;
}

function entryNames(count: number, random: SeededRandom): string[] {
	return Array.from({ length: count }, (_, i) =>
		random.chance(0.3) ? `${random.pick(words.ZH_NAME_PARTS)}${random.pick(words.ZH_NAME_ROOTS)}${i}` : `${random.pick(words.NAME_PARTS)}${random.pick(words.NAME_ROOTS)}-${i}`,
	);
}

function entryPath(name: string, i: number): string {
	return `Frameworks/${["rl", "serving", "tuning", "misc"][i % 4]}/${name}.md`;
}

function entryText(name: string, i: number, names: readonly string[], random: SeededRandom): string {
	const lines = ["---", `tags: ${entryTags(random)}`];
	if (random.chance(0.8)) lines.push(`stage: ${random.pick(words.STAGE_SPELLINGS)}`);
	lines.push(`name: "${name}"`);
	if (random.chance(0.7)) lines.push(`name_zh: ${random.pick(words.ZH_NAME_PARTS)}${random.pick(words.ZH_NAME_ROOTS)}`);
	if (random.chance(0.5)) lines.push(`name_en: ${name} framework`);
	if (random.chance(0.8)) lines.push(`summary_zh: "${zhSentence(random, 3)}"`);
	if (random.chance(0.7)) lines.push(`summary_en: "${enSentence(random, 14)}"`);
	lines.push(`repo: "https://github.com/org${i % 97}/${encodeURIComponent(name)}"`);
	if (random.chance(0.1)) lines.push("starred: true");
	if (i > 0 && random.chance(0.15)) lines.push(`based_on: "[[${names[random.int(0, i - 1)]}]]"`);
	if (random.chance(0.5)) lines.push("links:", `  - { label: docs, url: "https://docs.example.org/${i}" }`);
	const sources = Array.from({ length: random.int(0, 8) }, (_, n) => sourceLine(n + 1, random));
	if (random.chance(0.2) && sources.length > 0) lines.push("sources:", `  - { date: "${randomDate(random).text}", title: "${enSentence(random, 4)}", url: "https://arxiv.org/abs/${i}" }`);
	lines.push("---", "", `# ${name}`, "", paragraph(random, 2), "");
	if (sources.length > 0) lines.push("## 学习素材", "", ...sources, "");
	lines.push("```text", "2025-01-01 10:00 a sample inside a fence is not a source", "```", "", paragraph(random, 3), "");
	return lines.join("\n");
}

function entryTags(random: SeededRandom): string {
	const marker = random.chance(0.25) ? `framework/${random.pick(words.NESTED_STAGES)}` : "framework";
	const extra = random.chance(0.7) ? [random.pick(words.TOPIC_TAGS)] : [];
	const tags = [marker, ...extra];
	// Flow list, one comma-separated text (Obsidian reads both), or a block list.
	return random.chance(0.7) ? `[${tags.join(", ")}]` : random.chance(0.5) ? tags.join(", ") : `\n${tags.map((t) => `  - ${t}`).join("\n")}`;
}

/** The line forms of the seed outline: numbered or bulleted, with or without weekday, ｜ separator, bare URL or markdown link. */
function sourceLine(n: number, random: SeededRandom): string {
	const { text, weekday } = randomDate(random);
	const day = random.chance(0.5) ? words.WEEKDAYS_EN[weekday]! : words.WEEKDAYS_ZH[weekday]!;
	const title = `${random.pick(words.ZH_PHRASES)}：${zhSentence(random, 1)}`;
	const url = `${random.pick(words.URL_HOSTS)}${random.int(100000, 999999)}`;
	switch (random.int(0, 4)) {
		case 0:
			return `${n}. ${text} ${day} ${title}`;
		case 1:
			return `${n}. ${text} ${day} ${title} ${url}`;
		case 2:
			return `${n}. ${text} ${day} ｜ ${title} ${url}`;
		case 3:
			return `- ${text} [${title}](${url})`;
		default:
			return `- ${text.slice(0, 16)} ${day} ${title} ${url}`;
	}
}

function randomDate(random: SeededRandom): { text: string; weekday: number } {
	const [y, m, d] = [random.int(2023, 2025), random.int(1, 12), random.int(1, 28)];
	const [hh, mm, ss] = [random.int(0, 23), random.int(0, 59), random.int(0, 59)];
	const two = (v: number): string => String(v).padStart(2, "0");
	// Date.UTC only to find the weekday of a calendar date; no zone is involved.
	return { text: `${y}-${two(m)}-${two(d)} ${two(hh)}:${two(mm)}:${two(ss)}`, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

function ordinaryPath(i: number, random: SeededRandom): string {
	return `${random.pick(["Daily", "Reading", "Projects/alpha", "Projects/beta", "Archive/2024", "Inbox"])}/note-${i}.md`;
}

/** Plain notes: about half with frontmatter of other tags, some that mention the entry tag in passing. */
function ordinaryText(i: number, random: SeededRandom): string {
	const lines: string[] = [];
	if (random.chance(0.5)) {
		lines.push("---", `tags: [${random.pick(words.ORDINARY_TAGS)}, ${random.pick(words.ORDINARY_TAGS)}]`, `created: ${randomDate(random).text}`);
		if (random.chance(0.05)) lines.push("topic: framework comparison");
		lines.push("---", "");
	}
	lines.push(`# Note ${i}`, "");
	for (let p = random.int(3, 12); p > 0; p--) lines.push(paragraph(random, random.int(1, 4)), "");
	if (random.chance(0.1)) lines.push(`See the framework notes, e.g. [[${random.pick(words.NAME_PARTS)}${random.pick(words.NAME_ROOTS)}]].`);
	if (random.chance(0.2)) lines.push("", `- ${randomDate(random).text} a dated line in an ordinary note`);
	return lines.join("\n");
}

// Plain loops: these build most of the vault's 20 MB, and array-join versions took seconds.
function paragraph(random: SeededRandom, sentences: number): string {
	let text = "";
	for (let i = 0; i < sentences; i++) text += (i > 0 ? " " : "") + (random.chance(0.5) ? zhSentence(random, 4) + "。" : enSentence(random, 18) + ".");
	return text;
}

function zhSentence(random: SeededRandom, phrases: number): string {
	let text = random.pick(words.ZH_PHRASES);
	for (let i = 1; i < phrases; i++) text += "，" + random.pick(words.ZH_PHRASES);
	return text;
}

function enSentence(random: SeededRandom, count: number): string {
	const first = random.pick(words.EN_WORDS);
	let text = first.charAt(0).toUpperCase() + first.slice(1);
	for (let i = 1; i < count; i++) text += " " + random.pick(words.EN_WORDS);
	return text;
}
