/**
 * The core index over the hostile vault: nothing throws, no code runs, nothing is polluted,
 * every note lands where the expectation table says, with messages that name the cause.
 */
import { buildIndex } from "../../src/core/index/build-index";
import type { IndexSnapshot } from "../../src/core/index/index-snapshot";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { describeDiagnostic } from "../../src/i18n/describe-diagnostic";
import { translator } from "../../src/i18n/translator";
import { EXPECTED } from "./support/hostile-expectations";
import { clearMarkers, codeRan, makeHostileVault, prototypePolluted, vaultNotes } from "./support/hostile-vault";

let vault: { root: string; dispose: () => void };
let notes: [string, string][];
let snapshot: IndexSnapshot;

beforeAll(() => {
	clearMarkers();
	vault = makeHostileVault();
	notes = vaultNotes(vault.root);
	snapshot = buildIndex(notes).snapshot();
});
afterAll(() => vault.dispose());

const entryPaths = () => new Set(snapshot.stages.flatMap((g) => g.entries.map((p) => p.entry.path)));
const diagnosticsOf = (path: string): Diagnostic[] => [...snapshot.problems, ...snapshot.warnings].filter((d) => d.path === path);

test("the expectation table covers every note of the vault, and nothing else", () => {
	expect(notes.map(([path]) => path).sort()).toEqual(Object.keys(EXPECTED).sort());
});

test("no code from any note ran and no prototype was polluted", () => {
	expect(codeRan()).toBe(false);
	expect(prototypePolluted()).toBe(false);
});

test.each(Object.entries(EXPECTED))("%s", (path, expected) => {
	const diagnostics = diagnosticsOf(path);
	const isEntry = entryPaths().has(path);
	const isProblem = snapshot.problems.some((d) => d.path === path);
	expect({ isEntry, isProblem }).toEqual({ isEntry: expected.kind === "entry", isProblem: expected.kind === "problem" });
	if (expected.kind === "ignored") expect(diagnostics).toEqual([]);
	if (expected.name !== undefined) expect(snapshot.stages.flatMap((g) => g.entries).find((p) => p.entry.path === path)?.entry.name).toBe(expected.name);
	for (const [code, cause] of expected.diagnostics ?? []) {
		const match = diagnostics.find((d) => d.code === code && d.message.includes(cause));
		expect(match ?? { missing: [code, cause], got: diagnostics.map((d) => `${d.code}: ${d.message}`) }).toMatchObject({ path, code });
	}
});

test("every problem and warning is phrased in both languages with its cause filled in", () => {
	for (const language of ["en", "zh"] as const) {
		const i18n = translator(language);
		for (const d of [...snapshot.problems, ...snapshot.warnings]) {
			const text = describeDiagnostic(d, i18n);
			expect(text).not.toMatch(/^diagnostics\./);
			// Each parameter (the field, the URL, the YAML error, the other note) reaches the reader as written;
			// `expected` is a shape code of ours, worded in the reader's language instead.
			for (const [name, value] of Object.entries(d.params)) if (name !== "expected") expect(text).toContain(value);
			if (d.code === "field-type" && language === "en") expect(text).toBe(d.message);
		}
	}
});


test("entries hold only extracted values, never parsed YAML: the snapshot serialises, bomb included", () => {
	// An expanded alias bomb would be gigabytes; the real content is well under a megabyte.
	// `byName` holds the same entry objects in another order; serialising it would count them twice.
	expect(JSON.stringify({ ...snapshot, byName: [] }).length).toBeLessThan(2_000_000);
	expect(snapshot.byName.length).toBe(snapshot.entryCount);
});

test("URLs that are not http(s) never survive as a link or source URL", () => {
	const urls = snapshot.stages.flatMap((g) => g.entries).flatMap(({ entry }) => [entry.repo, ...entry.links.map((l) => l.url), ...entry.sources.map((s) => s.url)]);
	for (const url of urls) if (url !== null) expect(url).toMatch(/^https?:\/\/[^/\s]/i);
	// A body line whose "URL" is javascript: keeps it as title text, inert.
	const zoo = snapshot.stages.flatMap((g) => g.entries).find((p) => p.entry.path === "urls/scheme-zoo.md")!.entry;
	expect(zoo.sources.map((s) => s.title)).toEqual(expect.arrayContaining(["body javascript javascript:alert(4)"]));
	expect(zoo.sources.find((s) => s.title.includes("markdown js"))?.url).toBeNull();
});
