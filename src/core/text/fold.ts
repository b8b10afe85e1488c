/**
 * Folds a label for loose comparison: NFKC turns full-width "ＲＬ" into "RL", then case,
 * whitespace, hyphens and underscores are dropped so "Pre-training" = "pre training" = "PRETRAINING".
 */
export function foldForMatch(value: string): string {
	return value.normalize("NFKC").toLowerCase().replace(/[\s\-_]+/g, "");
}

/** Case- and width-insensitive text for substring search; keeps spaces so phrases still work. */
export function foldForSearch(value: string): string {
	return value.normalize("NFKC").toLowerCase();
}
