import type { Diagnostic } from "../model/diagnostic";

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
		for (let at = lowerBound(list, item); at < list.length && compareDiagnostics(list[at]!, item) === 0; at++) {
			if (list[at]!.code === item.code) {
				list.splice(at, 1);
				break;
			}
		}
	}
	for (const item of added) list.splice(upperBound(list, item), 0, item);
	return list;
}

function lowerBound(list: readonly Diagnostic[], item: Diagnostic): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compareDiagnostics(list[middle]!, item) < 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** After any equal items, as a stable sort of the appended item would place it. */
function upperBound(list: readonly Diagnostic[], item: Diagnostic): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compareDiagnostics(list[middle]!, item) <= 0) low = middle + 1;
		else high = middle;
	}
	return low;
}
