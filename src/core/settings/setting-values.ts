/**
 * Setting values are JSON data (they come from and go to data.json). Copies are deep so that a
 * caller holding a list (collapsed stages, later stage definitions) cannot change the store's.
 */
export function copyValue<T>(value: T): T {
	if (Array.isArray(value)) return value.map(copyValue) as T;
	if (value !== null && typeof value === "object") {
		const out: Record<string, unknown> = {};
		for (const [key, inner] of Object.entries(value)) out[key] = copyValue(inner);
		return out as T;
	}
	return value;
}

/** Freezes a value and everything inside it; `current()` hands out frozen settings. */
export function freezeDeep<T>(value: T): Readonly<T> {
	if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) freezeDeep(inner);
	}
	return value;
}
