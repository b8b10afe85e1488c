/**
 * parseNote over generated notes: it never throws, always answers ignored / entry / problem, and
 * its work is linear in the note. Work is counted, not timed: js-yaml's node listener counts every
 * node the YAML parser opens and closes (an alias is one node, so an expansion would show), and
 * what the parse returns is bounded by the note's size. Timings stay in `npm run bench`.
 */
import fc from "fast-check";
import { parseNote } from "../../src/core/parse/note-parser";
import { StageVocabulary } from "../../src/core/stages/stage-vocabulary";
import { generatedNote } from "./support/note-arbitraries";
import { PROPERTY_TIMEOUT, runs } from "./support/runs";
import { anyText } from "./support/text-arbitraries";

let yamlEvents = 0;
jest.mock("js-yaml", () => {
	const real = jest.requireActual<typeof import("js-yaml")>("js-yaml");
	return { ...real, load: (text: string, options: import("js-yaml").LoadOptions = {}) => real.load(text, { ...options, listener: () => void yamlEvents++ }) };
});

jest.setTimeout(PROPERTY_TIMEOUT);
const OPTIONS = { entryTag: "framework", vocabulary: new StageVocabulary() };

function checkedParse(text: string): void {
	yamlEvents = 0;
	const result = parseNote("Frameworks/generated.md", text, OPTIONS);
	expect(["ignored", "entry", "problem"]).toContain(result.kind);
	if (result.kind === "problem") {
		expect(result.problem.path).toBe("Frameworks/generated.md");
		expect(result.problem.message.length).toBeGreaterThan(5);
	}
	if (result.kind === "entry") {
		expect(result.entry.path).toBe("Frameworks/generated.md");
		expect(typeof result.entry.name).toBe("string");
		for (const w of result.warnings) expect(w.path).toBe("Frameworks/generated.md");
	}
	// Two listener calls (open, close) per node, and no node without at least one character of its own.
	expect(yamlEvents).toBeLessThanOrEqual(2 * text.length + 8);
	// Nothing the parse returns grows faster than the note: no alias is ever expanded into the result.
	expect(JSON.stringify(result).length).toBeLessThanOrEqual(16 * text.length + 2000);
}

describe("parseNote", () => {
	it("never throws and answers ignored, entry or problem, with linear work, for generated notes", () => {
		fc.assert(fc.property(generatedNote, (text) => checkedParse(text)), runs(400));
	});

	it("the same for any string at all", () => {
		fc.assert(fc.property(anyText(200), (text) => checkedParse(text)), runs(200));
		fc.assert(fc.property(anyText(200), (text) => checkedParse(`---\ntags: [framework]\n${text}\n---\n${text}`)), runs(200));
	});

	it("a note k times as long does at most k times the YAML work (within a constant)", () => {
		fc.assert(
			fc.property(generatedNote, fc.integer({ min: 2, max: 8 }), (text, k) => {
				const yamlBlock = /^\ufeff?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1];
				fc.pre(yamlBlock !== undefined);
				// Repeating the fields under fresh keys keeps the YAML valid exactly when the original was.
				const fields = yamlBlock.split(/\r?\n/);
				const copy = (i: number) => fields.map((line) => (/^[^\s#-][^:]*:/.test(line) ? `r${i}_${line}` : line)).join("\n");
				const repeated = Array.from({ length: k }, (_, i) => copy(i)).join("\n");
				checkedParse(`---\ntags: [framework]\n${copy(0)}\n---\n`);
				const once = yamlEvents;
				checkedParse(`---\ntags: [framework]\n${repeated}\n---\n`);
				expect(yamlEvents).toBeLessThanOrEqual(k * once + 16 * k + 16);
			}),
			runs(200),
		);
	});
});
