import type { Diagnostic } from "../model/diagnostic";
import { firstNotBefore } from "./sorted-search";

/** Problems and warnings are listed by note path, then message, so every run lists them alike. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
	return list.sort(compareDiagnostics);
}

/**
 * `sorted` without `removed` and with `added` in their places; `sorted` is left as is. Each item
 * costs a binary search instead of sorting the whole list again. A removed item is matched by what
 * it says (path, code, message), so an equal warning built afresh takes out the listed one.
 */
export function replaceDiagnostics(sorted: readonly Diagnostic[], removed: readonly Diagnostic[], added: readonly Diagnostic[]): Diagnostic[] {
	const list = sorted.slice();
	for (const item of removed) {
		for (let at = firstNotBefore(list, (other) => compareDiagnostics(other, item) < 0); at < list.length && compareDiagnostics(list[at]!, item) === 0; at++) {
			if (list[at]!.code === item.code) {
				list.splice(at, 1);
				break;
			}
		}
	}
	// After any equal items, as a stable sort of the appended item would place it.
	for (const item of added) list.splice(firstNotBefore(list, (other) => compareDiagnostics(other, item) <= 0), 0, item);
	return list;
}
