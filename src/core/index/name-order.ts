import type { Entry } from "../model/entry";

// Pinyin order for Chinese names, natural order for numbers ("Qwen2" before "Qwen10"), case ignored.
// Made on first use: loading the pinyin collation takes Chromium about 10 ms, and at module level that
// cost fell on every Obsidian start, before the plugin had done anything.
let collator: Intl.Collator | undefined;

export function compareNames(a: string, b: string): number {
	collator ??= new Intl.Collator(["zh-Hans-CN-u-co-pinyin", "en"], { numeric: true, sensitivity: "base" });
	return collator.compare(a, b);
}

/** Stable total order: by name, then by path so equal names never swap between runs. */
export function compareEntries(a: Entry, b: Entry): number {
	return compareNames(a.name, b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
