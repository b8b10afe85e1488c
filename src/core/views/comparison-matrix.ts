import { compareNames } from "../index/name-order";
import type { Entry } from "../model/entry";
import { coversTag } from "../parse/tags";
import { facetsOf } from "../query/entry-facets";
import type { ColumnSpec } from "../query/query-types";

export interface MatrixColumn {
	/** What the header shows: `grpo` for the column of `rl/grpo`. */
	label: string;
	/** The tag path the column stands for, as first written. */
	tag: string;
}

export interface MatrixRow {
	entry: Entry;
	cells: boolean[];
}

/** Entries against tags: rows in the order given, a cell per column, and how many rows have each column. */
export interface ComparisonMatrix {
	columns: MatrixColumn[];
	rows: MatrixRow[];
	counts: number[];
}

/**
 * `children`: a column per tag one level under the parent found on these entries (`rl/grpo/v2`
 * gives the column `grpo`), in name order, a cell ticked by that tag or one nested under it.
 * `tags`: the listed columns, a cell ticked when a tag holds the column's segments in a row, so
 * `grpo` counts `grpo`, `grpo/v2` and `rl/grpo` (notes nest the same idea under different parents).
 */
export function comparisonMatrix(entries: readonly Entry[], spec: ColumnSpec): ComparisonMatrix {
	const columns = spec.kind === "children" ? childColumns(entries, spec.parent) : spec.tags.map((tag) => ({ label: tag, tag }));
	const tests = columns.map((column) => (spec.kind === "children" ? coversTag(column.tag) : holdsSegments(column.tag)));
	const counts = columns.map(() => 0);
	const rows = entries.map((entry) => {
		const tags = facetsOf(entry).tags;
		const cells = tests.map((test, i) => {
			const ticked = tags.some(test);
			if (ticked) counts[i]!++;
			return ticked;
		});
		return { entry, cells };
	});
	return { columns, rows, counts };
}

function childColumns(entries: readonly Entry[], parent: string): MatrixColumn[] {
	const prefix = `${parent.toLowerCase()}/`;
	const depth = parent.split("/").length;
	const found = new Map<string, MatrixColumn>();
	for (const entry of entries) {
		// The facets' lower-cased tags (kept per entry) line up with entry.tags, which keep the case as written.
		const lowered = facetsOf(entry).tags;
		for (let i = 0; i < lowered.length; i++) {
			if (!lowered[i]!.startsWith(prefix)) continue;
			const segments = entry.tags[i]!.split("/");
			const label = segments[depth]!;
			const key = label.toLowerCase();
			if (label !== "" && !found.has(key)) found.set(key, { label, tag: segments.slice(0, depth + 1).join("/") });
		}
	}
	return [...found.values()].sort((a, b) => compareNames(a.label, b.label));
}

/** `grpo` is held by `grpo`, `grpo/…`, `…/grpo` and `…/grpo/…`; tested without building strings per tag. */
function holdsSegments(column: string): (lowerCasedTag: string) => boolean {
	const c = column.toLowerCase();
	const [head, tail, middle] = [`${c}/`, `/${c}`, `/${c}/`];
	return (tag) => tag === c || tag.startsWith(head) || tag.endsWith(tail) || tag.includes(middle);
}
