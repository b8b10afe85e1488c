/**
 * Flattened views of the locale tables for tests: every leaf as `namespace.key`, and the
 * literal English fragments a rendered Chinese UI must never contain.
 */
import { en } from "../../src/i18n/locales/en";
import { zh } from "../../src/i18n/locales/zh";

export type Table = { [key: string]: string | Table };

export function flatten(table: Table, prefix = ""): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(table)) {
		const path = prefix === "" ? key : `${prefix}.${key}`;
		if (typeof value === "string") out.set(path, value);
		else for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

export const EN = flatten(en);
export const ZH = flatten(zh);

export const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

export function placeholders(value: string): string[] {
	return [...value.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** The English text between placeholders that still reads as English (has a Latin word in it). */
export function englishFragments(value: string): string[] {
	return value
		.split(PLACEHOLDER)
		.filter((_, i) => i % 2 === 0)
		.map((part) => part.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ""))
		.filter((part) => /[A-Za-z]{2,}/.test(part));
}

/**
 * English UI text left in `rendered`: for every key of the given namespaces whose Chinese value
 * differs from its English one, each English fragment found in the text. `allowed` lists
 * fragments that may legitimately appear (brand names, text that came from notes).
 */
export function englishLeftovers(rendered: string, namespaces: readonly string[], allowed: readonly string[] = []): string[] {
	const found = new Set<string>();
	// Template syntax shown to the user ({{name}}, {title}) is not UI language.
	rendered = rendered.replace(/\{\{?\s*[\w.]+\s*\}\}?/g, " ");
	for (const [key, value] of EN) {
		if (!namespaces.some((ns) => key.startsWith(`${ns}.`))) continue;
		if (ZH.get(key) === value || ZH.get(key.replace(/_one$/, "_other")) === value) continue;
		for (const fragment of englishFragments(value)) {
			if (allowed.includes(fragment)) continue;
			if (containsPhrase(rendered, fragment)) found.add(`${key}: "${fragment}"`);
		}
	}
	return [...found];
}

function containsPhrase(text: string, phrase: string): boolean {
	const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	return new RegExp(`(^|[^A-Za-z])${escaped}($|[^A-Za-z])`).test(text);
}

/**
 * What a user can read in a rendered element: each text node on its own line (so adjacent
 * elements never glue words together), plus tooltips, accessible labels and placeholders.
 */
export function uiText(root: Element): string {
	const parts: string[] = [];
	const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? "");
	for (const element of [root, ...root.querySelectorAll("*")]) {
		for (const name of ["title", "aria-label", "placeholder"]) {
			const value = element.getAttribute(name);
			if (value) parts.push(value);
		}
	}
	return parts.join("\n");
}
