import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SeededRandom } from "../../../bench/seeded-random";
import { createIndex } from "../../../src/core/index/build-index";
import { moveStage, undoMove } from "../../../src/core/notes/stage-edit";
import { parseNote } from "../../../src/core/parse/note-parser";

const FIXTURES = join(__dirname, "../../fixtures/stage-edit");
const TARGETS = JSON.parse(readFileSync(join(FIXTURES, "targets.json"), "utf8")) as Record<string, string>;
const options = createIndex().parseOptions();
const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** The lines (with their endings) that differ: what a reviewer sees in `git diff`. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
	const lines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
	const a = lines(before);
	const b = lines(after);
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

describe("moveStage on real-shaped notes (byte-exact)", () => {
	const cases = readdirSync(FIXTURES).filter((f) => f.endsWith(".md") && !f.endsWith(".expected.md"));

	it("has a target for every fixture", () => {
		expect(cases.map((f) => f.replace(/\.md$/, "")).sort()).toEqual(Object.keys(TARGETS).sort());
	});

	it.each(cases)("%s", (file) => {
		const name = file.replace(/\.md$/, "");
		const result = moveStage(read(file), TARGETS[name]!, options);
		expect(result).toEqual({ kind: "edited", text: read(`${name}.expected.md`) });
	});

	it("changes exactly one line's value, keeping the comment after it", () => {
		const before = read("comments-and-quotes.md");
		const result = moveStage(before, "deploy", options);
		if (result.kind !== "edited") throw new Error(result.kind);
		expect(changedLines(before, result.text)).toEqual({ removed: ["stage: rl  # moved here after the July review\n"], added: ["stage: deploy  # moved here after the July review\n"] });
	});

	it("inserts one stage line after a nested-tag block list, with the note's CRLF", () => {
		const before = read("nested-tag-block-crlf.md");
		const result = moveStage(before, "learning", options);
		if (result.kind !== "edited") throw new Error(result.kind);
		expect(changedLines(before, result.text)).toEqual({ removed: [], added: ["stage: learning\r\n"] });
	});

	it("keeps a BOM and a missing final newline", () => {
		const result = moveStage(read("crlf-bom-no-newline.md"), "rl", options);
		if (result.kind !== "edited") throw new Error(result.kind);
		expect(result.text.startsWith("\uFEFF---\r\n")).toBe(true);
		expect(result.text.endsWith("Fast serving.")).toBe(true);
	});

	it("does nothing when the entry is already in that stage", () => {
		expect(moveStage(read("comments-and-quotes.md"), "rl", options)).toEqual({ kind: "unchanged" });
	});

	it("refuses a note that is not an entry, and an unknown stage", () => {
		expect(moveStage("---\ntags: [recipe]\nstage: rl\n---\n", "deploy", options)).toEqual({ kind: "failed", reason: "not-an-entry" });
		expect(moveStage("# just text\n", "deploy", options)).toEqual({ kind: "failed", reason: "not-an-entry" });
		expect(moveStage(read("comments-and-quotes.md"), "nowhere", options)).toEqual({ kind: "failed", reason: "unknown-stage" });
	});

	it("refuses a stage value it cannot rewrite on one line rather than guess", () => {
		const blockScalar = "---\ntags: [framework]\nstage: >\n  rl\n---\n";
		const anchored = "---\ntags: [framework]\nstage: &s rl\n---\n";
		expect(moveStage(blockScalar, "deploy", options)).toEqual({ kind: "failed", reason: "complex-stage-value" });
		expect(moveStage(anchored, "deploy", options)).toEqual({ kind: "failed", reason: "complex-stage-value" });
	});

	it("refuses a note with two stage keys (a problem for the reader), never guessing which line counts", () => {
		const twoKeys = "---\ntags: [framework]\nstage: learning\n'stage': rl\n---\n";
		expect(parseNote("x.md", twoKeys, options).kind).toBe("problem");
		expect(moveStage(twoKeys, "deploy", options)).toEqual({ kind: "failed", reason: "not-an-entry" });
	});
});

describe("undoMove", () => {
	const before = read("comments-and-quotes.md");
	const moved = moveStage(before, "deploy", options);
	if (moved.kind !== "edited") throw new Error("fixture did not move");
	const record = { path: "Frameworks/veRL.md", before, after: moved.text };

	it("restores the exact previous bytes when the note is as the move left it", () => {
		expect(undoMove(moved.text, record)).toEqual({ kind: "restored", text: before });
	});

	it("does nothing when the note was edited after the move", () => {
		const edited = moved.text.replace("starred: true", "starred: false");
		expect(undoMove(edited, record)).toEqual({ kind: "changed-since" });
	});
});

/**
 * Random notes in the shapes people write (comments, quotes, flow/block lists, CRLF, BOM, no final
 * newline, keys in any order, stage as id/label/alias or from a nested tag): every move must change
 * only the stage line (or add one), read back in the new stage, and undo to the same bytes.
 */
describe("moveStage property: one line changes, everything else is byte-identical", () => {
	const stages = options.vocabulary.stages;
	const random = new SeededRandom(17);

	function stageSpelling(): { line: string | null; tag: string } {
		const stage = random.pick(stages);
		const value = random.pick([stage.id, stage.labels.en, stage.labels.zh, ...stage.aliases]);
		const quoted = random.pick(["plain", "double", "single"]);
		const text = quoted === "double" ? JSON.stringify(value) : quoted === "single" ? `'${value}'` : value;
		if (random.chance(0.3)) return { line: null, tag: `framework/${stage.id}` };
		const comment = random.chance(0.3) ? `  # ${random.pick(["moved", "审阅后", "#hash"])}` : "";
		return { line: `stage: ${text}${comment}`, tag: "framework" };
	}

	function note(): string {
		const eol = random.chance(0.3) ? "\r\n" : "\n";
		const stage = stageSpelling();
		const extraTags = random.pick([[], ["grpo"], ["推理", "cuda"]]);
		const indent = random.pick(["", "  "]);
		const tags = random.chance(0.5)
			? [`tags: [${[stage.tag, ...extraTags].join(", ")}]${random.chance(0.3) ? " # list" : ""}`]
			: ["tags:", ...[stage.tag, ...extraTags].map((t) => `${indent}- ${t}`)];
		const others = [
			`name: ${random.pick(["veRL", '"OpenRLHF"', "'LLaMA-Factory'", "深度求索"])}`,
			random.chance(0.5) ? "# a comment line" : "repo: https://github.com/volcengine/verl",
			`summary_zh: ${random.pick(["一个框架", '"含: 冒号"', "'含 # 井号'"])}`,
			random.chance(0.5) ? "starred: true" : "links:\n  - label: docs\n    url: https://example.org",
		];
		const keys = [tags.join(eol), ...(stage.line ? [stage.line] : []), ...others.map((o) => o.replace(/\n/g, eol))];
		for (let i = keys.length - 1; i > 0; i--) {
			const j = random.int(0, i);
			[keys[i], keys[j]] = [keys[j]!, keys[i]!];
		}
		const body = random.pick(["", `${eol}Body text.${eol}`, `${eol}2025-07-02 14:01:48 Wednesday 发布 https://example.org`]);
		const bom = random.chance(0.2) ? "\uFEFF" : "";
		return `${bom}---${eol}${keys.join(eol)}${eol}---${body === "" && random.chance(0.5) ? "" : eol}${body}`;
	}

	it("holds for 400 random notes", () => {
		let moved = 0;
		for (let run = 0; run < 400; run++) {
			const before = note();
			const parsed = parseNote("n.md", before, options);
			if (parsed.kind !== "entry") throw new Error(`generator made a non-entry:\n${before}`);
			const target = random.pick(stages.filter((s) => s.id !== parsed.entry.stage)).id;
			const result = moveStage(before, target, options);
			if (result.kind !== "edited") throw new Error(`${result.kind} ${"reason" in result ? result.reason : ""} for:\n${JSON.stringify(before)}`);
			const after = parseNote("n.md", result.text, options);
			expect(after.kind === "entry" && after.entry.stage).toBe(target);
			const diff = changedLines(before, result.text);
			expect(diff.added).toHaveLength(1);
			expect(diff.added[0]).toMatch(/^stage: /);
			expect(diff.removed.length).toBeLessThanOrEqual(1);
			if (diff.removed.length === 1) {
				// Same line ending, same comment: only the value between "stage:" and the comment differs.
				const comment = (line: string) => /[ \t]+#.*$/.exec(line.trimEnd())?.[0] ?? "";
				expect(comment(diff.added[0]!)).toBe(comment(diff.removed[0]!));
				expect(diff.added[0]!.endsWith("\r\n")).toBe(diff.removed[0]!.endsWith("\r\n"));
			}
			expect(undoMove(result.text, { path: "n.md", before, after: result.text })).toEqual({ kind: "restored", text: before });
			moved++;
		}
		expect(moved).toBe(400);
	});
});
