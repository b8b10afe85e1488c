import { closest } from "./edit-distance";
import { fail } from "./query-failure";
import type { Span } from "./query-types";

/**
 * Accepted spellings of each value of an enumerated keyword. The first spelling is the English
 * name, the second the Chinese one; both are shown in hints. A Record, so every value needs spellings.
 */
export type ValueTable<V extends string> = Record<V, readonly string[]>;

export interface ValueInput {
	keyword: string;
	value: string;
	valueSpan: Span;
}

/** Resolves `value` in `table`, or fails with `bad-value` listing what is allowed and the nearest spelling. */
export function choose<V extends string>(input: ValueInput, table: ValueTable<V>, value = input.value, span = input.valueSpan): V {
	if (value.trim() === "") fail("empty-value", span, { keyword: input.keyword, allowed: allowedList(table) });
	const wanted = value.normalize("NFKC").toLowerCase();
	for (const [id, spellings] of Object.entries(table) as [V, readonly string[]][]) {
		if (spellings.some((s) => s.toLowerCase() === wanted)) return id;
	}
	const suggestion = closest(wanted, Object.values<readonly string[]>(table).flat());
	fail("bad-value", span, { keyword: input.keyword, value, allowed: allowedList(table), suggestion: suggestion ?? "" });
}

function allowedList<V extends string>(table: ValueTable<V>): string {
	return Object.values<readonly string[]>(table)
		.map((spellings) => spellings.slice(0, 2).join("/"))
		.join(", ");
}
