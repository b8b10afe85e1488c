/**
 * The first index in the sorted `list` whose item is not before the one looked for: `isBefore` says
 * whether an item sorts before it. With "before or equal" it is the index after any equal items.
 */
export function firstNotBefore<T>(list: readonly T[], isBefore: (item: T) => boolean): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (isBefore(list[middle]!)) low = middle + 1;
		else high = middle;
	}
	return low;
}
