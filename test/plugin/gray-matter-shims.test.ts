/**
 * The bundles give gray-matter a small kind-of stand-in (src/platform-shims/kind-of.js). It must answer
 * exactly as kind-of 6 does for every real value, above all for what gray-matter asks about: the note
 * text (a string), `file.data`, and Node Buffers in the CLI.
 */
import { dirname } from "node:path";

type KindOf = (value: unknown) => string;
// The kind-of that gray-matter itself resolves (a dependency of it, not of ours).
const kindOf = require(require.resolve("kind-of", { paths: [dirname(require.resolve("gray-matter"))] })) as KindOf;
const standIn = require("../../src/platform-shims/kind-of.js") as KindOf;

function* generator(): Generator<number> {
	yield 1;
}
class Note {
	content = "x";
}
function argumentsObject(..._args: unknown[]): IArguments {
	// eslint-disable-next-line prefer-rest-params -- an arguments object is the value under test
	return arguments;
}

const VALUES: [string, unknown][] = [
	["note text", "---\ntags: [framework]\n---\n"],
	["empty string", ""],
	["file object", { content: "x", data: {} }],
	["parsed data", { tags: ["framework"], stage: "rl" }],
	["null-prototype object", Object.create(null)],
	["class instance", new Note()],
	["Buffer", Buffer.from("---\n")],
	["undefined", undefined],
	["null", null],
	["number", 1],
	["NaN", NaN],
	["boolean", false],
	["symbol", Symbol("s")],
	["bigint", 10n],
	["function", () => 1],
	["async function", async () => 1],
	["generator function", generator],
	["generator", generator()],
	["array", [1]],
	["arguments", argumentsObject(1, 2)],
	["Date", new Date(0)],
	["RegExp", /x/g],
	["Error", new Error("x")],
	["TypeError", new TypeError("x")],
	["Map", new Map()],
	["Set", new Set()],
	["WeakMap", new WeakMap()],
	["WeakSet", new WeakSet()],
	["Promise", Promise.resolve()],
	["Uint8Array", new Uint8Array(2)],
	["Float64Array", new Float64Array(2)],
	["ArrayBuffer", new ArrayBuffer(2)],
	["DataView", new DataView(new ArrayBuffer(2))],
	["Map iterator", new Map().keys()],
	["Set iterator", new Set().values()],
	["Array iterator", [1][Symbol.iterator]()],
	["String iterator", "ab"[Symbol.iterator]()],
	["boxed string", new String("x")],
	["boxed number", new Number(1)],
	["Math", Math],
	["JSON", JSON],
	["URL", new URL("https://example.com")],
];

describe("the kind-of stand-in", () => {
	it.each(VALUES)("answers like kind-of for %s", (_name, value) => {
		expect(standIn(value)).toBe(kindOf(value));
	});

	it("tells gray-matter's three kinds apart", () => {
		expect([standIn("text"), standIn({}), standIn(Buffer.from("x"))]).toEqual(["string", "object", "buffer"]);
	});
});

describe("the section-matter stand-in", () => {
	it("refuses loudly instead of silently skipping sections", () => {
		const sections = require("../../src/platform-shims/section-matter-unused.js") as () => void;
		expect(() => sections()).toThrow("gray-matter sections are not bundled");
	});
});
