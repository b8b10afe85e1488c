import { readVaultNotes } from "../../../node/vault-files";
import { foldForSearch } from "../../../src/core/text/fold";
import { gramHashes, gramSet, mayContain } from "../../../src/core/query/gram-filter";
import { SAMPLE_VAULT } from "../../support/sample-index";

/** Plain NFKC then lower case: what the fast path must always equal. */
const reference = (text: string) => text.normalize("NFKC").toLowerCase();

// Characters from every class the fast path treats differently: stable ones, the mapped ones, and ones only NFKC knows.
const POOL = [..."aZ09 ,.-_#/", ..."强化学习框架", ..."，。、：；！？（）「」《》【】", "\u3000", "…", "—", "“", "”", "·", "ＲＬ", "ｇｒｐｏ", "ﬁ", "㎏", "①", "é", "e\u0301", "Å", "ß", "İ", "\u00a0", "²", "㈱", "⼀", "🚀", "\ud83d"];

function randomText(seed: number, length: number): string {
	let state = seed;
	let text = "";
	for (let i = 0; i < length; i++) {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		text += POOL[state % POOL.length];
	}
	return text;
}

describe("foldForSearch's fast path equals NFKC + lower case", () => {
	it("on 2,000 random mixes of stable, mapped and compatibility characters", () => {
		for (let seed = 1; seed <= 2000; seed++) {
			const text = randomText(seed, 1 + (seed % 40));
			expect(foldForSearch(text)).toBe(reference(text));
		}
	});
	it("on every note of the sample vault", () => {
		for (const [, text] of readVaultNotes(SAMPLE_VAULT)) expect(foldForSearch(text)).toBe(reference(text));
	});
});

describe("the gram prefilter never hides a word that is there", () => {
	it("every substring of random texts passes; most absent words are rejected", () => {
		let rejected = 0;
		let absent = 0;
		for (let seed = 1; seed <= 300; seed++) {
			const text = foldForSearch(randomText(seed, 200));
			const set = gramSet(text);
			for (let start = 0; start < text.length; start += 7) {
				const needle = text.slice(start, start + 1 + (start % 9));
				expect(mayContain(set, gramHashes(needle))).toBe(true);
			}
			const missing = foldForSearch(randomText(seed + 99_999, 6));
			if (!text.includes(missing)) {
				absent++;
				if (!mayContain(set, gramHashes(missing))) rejected++;
			}
		}
		expect(rejected / absent).toBeGreaterThan(0.5);
	});
});
