import { diagnostic, type Diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";

/** Warnings about how entries relate: the same name or repo twice, a `based_on` that names nothing. */

export function duplicateNameWarnings(group: readonly Entry[]): Diagnostic[] {
	return eachWithOthers(group, (e, others) => diagnostic(e.path, "duplicate-name", `the name "${e.name}" is also used by ${others}`, { name: e.name, others }));
}

export function duplicateRepoWarnings(group: readonly Entry[]): Diagnostic[] {
	return eachWithOthers(group, (e, others) => diagnostic(e.path, "duplicate-repo", `the repo ${e.repo ?? ""} is also listed by ${others}`, { repo: e.repo ?? "", others }));
}

/** Null when the entry names no parent, or its parent was found. */
export function unresolvedParentWarning(entry: Entry, parent: Entry | undefined): Diagnostic | null {
	if (entry.basedOn === null || parent) return null;
	return diagnostic(entry.path, "unresolved-parent", `based_on "${entry.basedOn}" names no framework entry`, { parent: entry.basedOn });
}

/** `group` shares one key, in display order; a group of one is no duplicate. */
function eachWithOthers(group: readonly Entry[], make: (e: Entry, others: string) => Diagnostic): Diagnostic[] {
	if (group.length < 2) return [];
	return group.map((e) => make(e, group.filter((o) => o !== e).map((o) => o.path).join(", ")));
}
