import type { LoadProgress } from "../render/dashboard/dashboard-types";

/**
 * How far the first reading of the vault is, for surfaces that would otherwise show an empty index
 * as "no entries". `current()` is null once the index holds the vault (later re-reads keep the old
 * index answering until they commit, so they are not shown).
 */
export interface IndexLoading {
	current(): LoadProgress | null;
	subscribe(listener: (progress: LoadProgress | null) => void): () => void;
}

/** The plugin's side: VaultIndexSync reports into it. */
export interface IndexLoadingReporter extends IndexLoading {
	reading(read: number, total: number): void;
	done(): void;
}

export function createIndexLoading(): IndexLoadingReporter {
	// Before layout-ready nothing is counted yet: "Reading notes…" without numbers.
	let state: LoadProgress | null = { read: 0, total: null };
	const listeners = new Set<(progress: LoadProgress | null) => void>();
	const set = (next: LoadProgress | null): void => {
		state = next;
		for (const listener of [...listeners]) listener(next);
	};
	return {
		current: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => void listeners.delete(listener);
		},
		reading(read, total) {
			if (state !== null) set({ read, total });
		},
		done() {
			if (state !== null) set(null);
		},
	};
}
