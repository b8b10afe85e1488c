/**
 * A prefilter for body search: each body gets a small Bloom filter of its characters and
 * character pairs (about two bits per body character, ~1 KB for a 3,000-character note). A word
 * whose characters or pairs are missing from it cannot occur in the body, so `includes` runs only
 * on the few bodies that may hold it; scanning every body of a large vault would take too long.
 */
export type GramSet = Uint32Array;

const MIN_BITS = 64;
const MAX_BITS = 1 << 15;

export function gramSet(text: string): GramSet {
	let bits = MIN_BITS;
	while (bits < text.length * 2 && bits < MAX_BITS) bits *= 2;
	const set = new Uint32Array(bits >>> 5);
	const mask = bits - 1;
	let previous = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		add(set, mask, single(code));
		if (previous !== -1) add(set, mask, pair(previous, code));
		previous = code;
	}
	return set;
}

/**
 * The hashes to test a needle by with `mayContain`: its character pairs, or its one character. A text that
 * holds every pair holds every character too, so testing the characters as well would rule out next to
 * nothing more and double the work on bodies that do hold the word (a common word is in all of them).
 */
export function gramHashes(needle: string): number[] {
	if (needle.length === 1) return [single(needle.charCodeAt(0))];
	const hashes = new Set<number>();
	for (let i = 1; i < needle.length; i++) hashes.add(pair(needle.charCodeAt(i - 1), needle.charCodeAt(i)));
	return [...hashes];
}

/** False only when the text certainly does not contain the needle. */
export function mayContain(set: GramSet, hashes: readonly number[]): boolean {
	const mask = set.length * 32 - 1;
	for (const hash of hashes) {
		const bit = hash & mask;
		if ((set[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
	}
	return true;
}

function add(set: GramSet, mask: number, hash: number): void {
	const bit = hash & mask;
	set[bit >>> 5]! |= 1 << (bit & 31);
}

function single(code: number): number {
	return mix(code + 0x10000);
}

function pair(a: number, b: number): number {
	return mix(Math.imul(a, 0x10001) ^ b);
}

// A cheap integer hash (murmur3's finaliser) so neighbouring codes land far apart.
function mix(value: number): number {
	let h = value | 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}
