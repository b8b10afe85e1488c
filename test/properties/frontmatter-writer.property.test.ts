/**
 * The frontmatter writer: any value — strings from every Unicode category, YAML-looking text,
 * `__proto__` and other hostile keys, numbers at the edges, nested lists and mappings — written
 * and read back by our own reader is equal, and the note still splits where it should.
 */
import fc from "fast-check";
import { composeNote, writeFrontmatter, type FrontmatterValue } from "../../src/core/notes/frontmatter-writer";
import { splitFrontmatter } from "../../src/core/parse/frontmatter-split";
import { parseFrontmatterYaml } from "../../src/core/parse/yaml-engine";
import { PROPERTY_TIMEOUT, runs } from "./support/runs";
import { anyText, trickyText } from "./support/text-arbitraries";

jest.setTimeout(PROPERTY_TIMEOUT);

const text = fc.oneof(anyText(30), trickyText(6));
const key = fc.oneof(text, fc.constantFrom("__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "<<", "---", "--- x", "? x", "- x", "tags", ""));
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 1e21, NaN, Infinity, -Infinity));

const { value } = fc.letrec<{ value: FrontmatterValue }>((tie) => ({
	value: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		text,
		number,
		fc.boolean(),
		fc.constant(null),
		fc.array(tie("value"), { maxLength: 4 }),
		fc.dictionary(key, tie("value"), { maxKeys: 4 }),
	),
}));

/** A record built with defineProperty, so `__proto__` is an own key like any other (as the reader makes it). */
const fields = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => {
	const record: Record<string, FrontmatterValue> = {};
	for (const [k, v] of pairs) Object.defineProperty(record, k, { value: v, enumerable: true, writable: true, configurable: true });
	return record;
});

/** A value rebuilt as the reader builds it: ordinary objects, `__proto__` as an own key. */
function plain(value: FrontmatterValue): FrontmatterValue {
	if (Array.isArray(value)) return value.map(plain);
	if (value === null || typeof value !== "object") return value;
	const copy: Record<string, FrontmatterValue> = {};
	for (const [k, v] of Object.entries(value)) Object.defineProperty(copy, k, { value: plain(v), enumerable: true, writable: true, configurable: true });
	return copy;
}

/** What the writer promises to keep: top-level nulls are left out, everything else as given. */
function expected(record: Record<string, FrontmatterValue>): Record<string, FrontmatterValue> {
	return plain(Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null))) as Record<string, FrontmatterValue>;
}

/**
 * Exact text for a value: key order, -0, NaN and every prototype count (jest's toStrictEqual
 * compares `.constructor`, which an own "constructor" key shadows, so it cannot be used here).
 */
function canonical(value: unknown): string {
	if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
	if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
	if (value !== null && typeof value === "object") {
		const proto = Object.getPrototypeOf(value) === Object.prototype ? "" : "!proto";
		return `{${proto}${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
	}
	return JSON.stringify(value) ?? String(value);
}

function readBack(note: string): unknown {
	const split = splitFrontmatter(note);
	if (split.kind !== "yaml") throw new Error(`written note does not split as frontmatter: ${split.kind}`);
	return { data: parseFrontmatterYaml(split.yaml) ?? {}, body: split.body };
}

describe("writeFrontmatter", () => {
	it("any fields read back equal, own keys and all", () => {
		fc.assert(
			fc.property(fields, (record) => {
				const { data } = readBack(writeFrontmatter(record)) as { data: Record<string, unknown> };
				expect(canonical(data)).toBe(canonical(expected(record)));
			}),
			runs(300),
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it("any body after it stays byte for byte, whatever it looks like", () => {
		fc.assert(
			fc.property(fields, fc.oneof(anyText(80), trickyText(10)), (record, body) => {
				const { body: read } = readBack(composeNote(record, body)) as { body: string };
				expect(read).toBe(body);
			}),
			runs(200),
		);
	});
});
