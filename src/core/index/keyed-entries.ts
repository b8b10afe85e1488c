import type { Entry } from "../model/entry";
import { insertInOrder, removeInOrder } from "./sorted-entries";

/** Entries grouped by one folded key, each group in display order (so its first entry wins a lookup). */
export class KeyedEntries {
	private readonly groups = new Map<string, Entry[]>();

	/** For a bulk fill in display order: appends without searching. */
	append(key: string, entry: Entry): void {
		const group = this.groups.get(key);
		if (group) group.push(entry);
		else this.groups.set(key, [entry]);
	}

	add(key: string, entry: Entry): void {
		const group = this.groups.get(key);
		if (group) insertInOrder(group, entry);
		else this.groups.set(key, [entry]);
	}

	remove(key: string, entry: Entry): void {
		const group = this.groups.get(key);
		if (!group) return;
		removeInOrder(group, entry);
		if (group.length === 0) this.groups.delete(key);
	}

	get(key: string): readonly Entry[] {
		return this.groups.get(key) ?? [];
	}

	first(key: string): Entry | undefined {
		return this.groups.get(key)?.[0];
	}

	groupsOf(): IterableIterator<[string, Entry[]]> {
		return this.groups.entries();
	}
}
