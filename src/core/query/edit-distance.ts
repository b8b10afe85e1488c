/** Edit distance over code points (one CJK character is one edit), an adjacent swap counting as one edit. */
export function editDistance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	const rows: number[][] = [Array.from({ length: y.length + 1 }, (_, j) => j)];
	for (let i = 1; i <= x.length; i++) {
		const row = [i];
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			row.push(best);
		}
		rows.push(row);
	}
	return rows[x.length]![y.length]!;
}

/**
 * The closest candidate, if it is close enough to be a plausible typo (about a third of the word).
 * Ties go to the candidate sharing the longer start: "stag" suggests "stage", not "tag".
 */
export function closest(word: string, candidates: readonly string[]): string | null {
	const target = word.toLowerCase();
	const limit = Math.max(1, Math.floor([...target].length / 3));
	let best: string | null = null;
	let bestScore = [Infinity, 0];
	for (const candidate of candidates) {
		const lower = candidate.toLowerCase();
		const score = [editDistance(target, lower), -commonPrefix(target, lower)];
		if (score[0]! < bestScore[0]! || (score[0] === bestScore[0] && score[1]! < bestScore[1]!)) {
			best = candidate;
			bestScore = score;
		}
	}
	return bestScore[0]! <= limit ? best : null;
}

function commonPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return i;
}
