import type { RepoAddress } from "../repo-address";
import type { RepoFacts, RepoHost } from "../repo-facts-types";

/** What a host's answer says: the facts, and the path the repository answers to now. */
export interface ParsedRepo {
	facts: Omit<RepoFacts, "movedTo">;
	/** `owner/name` as the host spells it today (differs from the request when renamed). */
	currentPath: string;
}

/** One host: how to ask about a repository and how to read the answer. */
export interface HostApi {
	host: RepoHost;
	/** API root without a trailing slash; overridable for mirrors and tests. */
	defaultBase: string;
	requestUrl(address: RepoAddress, base: string): string;
	/** Headers besides If-None-Match; the token (when given) goes here and nowhere else. */
	headers(token: string | null): Record<string, string>;
	/** Null when the JSON is not a repository object (the answer counts as malformed). */
	parse(body: unknown): ParsedRepo | null;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function count(value: unknown): number | null {
	return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** Text fields are capped: a description is a line on a card, not a document. */
export function text(value: unknown, max = 500): string | null {
	if (typeof value !== "string") return null;
	const trimmed = value.trim();
	return trimmed === "" ? null : trimmed.slice(0, max);
}

/** An ISO instant, normalised; null for anything Date cannot read. */
export function instant(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const time = Date.parse(value);
	return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function words(value: unknown, max = 20): string[] {
	if (!Array.isArray(value)) return [];
	return value.map((item) => text(item, 50)).filter((item): item is string => item !== null).slice(0, max);
}

/** A base URL as configured: trailing slashes removed so paths join with exactly one "/". */
export function joinUrl(base: string, path: string): string {
	return `${base.replace(/\/+$/, "")}${path}`;
}

export function encodePath(path: string): string {
	return path.split("/").map(encodeURIComponent).join("/");
}
