import type { Entry } from "../model/entry";
import type { StageId } from "../stages/stage-vocabulary";
import { formsCycle } from "./derivative-tree";
import type { PlacedEntry } from "./index-snapshot";
import { compareEntries } from "./name-order";
import { firstNotBefore } from "./sorted-search";

type ParentOf = (entry: Entry) => Entry | undefined;

/** One entry's place: what its row shows, and the derivatives nested under it in display order. */
interface TreeNode {
	readonly entry: Entry;
	/** Path of the resolved `based_on` parent, wherever it lives. */
	parentPath: string | null;
	/** The node this one is nested under; null at the top level of its stage. */
	under: TreeNode | null;
	readonly children: TreeNode[];
}

/**
 * Every stage's derivative tree (as placeInTree lays it out), kept up to date edit by edit. Each
 * entry is nested under its parent or at the top level of its stage, and every list of siblings is
 * in display order. An edit moves only the entries it can move, each with a binary search, so
 * placing a stage for a snapshot is one walk over its nodes (no lookups) instead of a rebuild.
 */
export class DerivativeForest {
	private readonly nodes = new Map<Entry, TreeNode>();
	/** Each stage's top-level nodes in display order. */
	private readonly roots = new Map<StageId, TreeNode[]>();

	/** `entries` in display order; `parentOf` resolves `based_on` as the index does at every moment. */
	constructor(entries: readonly Entry[], private readonly parentOf: ParentOf) {
		for (const entry of entries) this.nodes.set(entry, { entry, parentPath: parentOf(entry)?.path ?? null, under: null, children: [] });
		// In display order, appending keeps every list of siblings sorted.
		for (const node of this.nodes.values()) {
			node.under = this.nestingOf(node.entry);
			this.siblingsOf(node).push(node);
		}
	}

	/**
	 * Takes `removed` out, puts `added` in and places `touched` again: every entry whose parent,
	 * parent's stage, parent's path or `based_on` cycle may have changed (`parentOf` already answers
	 * as after the edit), the children of a removed entry among them. Returns the stages whose lists changed.
	 */
	replace(removed: readonly Entry[], added: readonly Entry[], touched: Iterable<Entry>): Set<StageId> {
		const stages = new Set<StageId>();
		for (const entry of removed) {
			const node = this.nodes.get(entry);
			if (!node) continue;
			this.detach(node);
			this.nodes.delete(entry);
			stages.add(entry.stage);
		}
		for (const entry of added) {
			const node: TreeNode = { entry, parentPath: this.parentOf(entry)?.path ?? null, under: null, children: [] };
			this.nodes.set(entry, node);
			this.attach(node, this.nestingOf(entry));
			stages.add(entry.stage);
		}
		for (const entry of touched) {
			const node = this.nodes.get(entry);
			// Not held (removed by this very edit): nothing to place.
			if (!node) continue;
			const parentPath = this.parentOf(node.entry)?.path ?? null;
			const under = this.nestingOf(node.entry);
			if (parentPath === node.parentPath && under === node.under) continue;
			node.parentPath = parentPath;
			if (under !== node.under) {
				this.detach(node);
				this.attach(node, under);
			}
			stages.add(node.entry.stage);
		}
		return stages;
	}

	/** One stage in display order, each derivative after its parent: the list placeInTree gives. */
	placed(stage: StageId): PlacedEntry[] {
		const placed: PlacedEntry[] = [];
		const visit = (node: TreeNode, depth: number): void => {
			placed.push({ entry: node.entry, parentPath: node.parentPath, depth });
			for (const child of node.children) visit(child, depth + 1);
		};
		for (const root of this.roots.get(stage) ?? []) visit(root, 0);
		return placed;
	}

	/** Its parent's node when that is in the same stage and following `based_on` does not lead back to it. */
	private nestingOf(entry: Entry): TreeNode | null {
		const parent = this.parentOf(entry);
		if (!parent || parent.stage !== entry.stage || formsCycle(entry, this.parentOf)) return null;
		return this.nodes.get(parent) ?? null;
	}

	private siblingsOf(node: TreeNode): TreeNode[] {
		if (node.under) return node.under.children;
		let roots = this.roots.get(node.entry.stage);
		if (!roots) this.roots.set(node.entry.stage, (roots = []));
		return roots;
	}

	private attach(node: TreeNode, under: TreeNode | null): void {
		node.under = under;
		const siblings = this.siblingsOf(node);
		siblings.splice(firstNotBefore(siblings, (sibling) => compareEntries(sibling.entry, node.entry) < 0), 0, node);
	}

	private detach(node: TreeNode): void {
		const siblings = this.siblingsOf(node);
		// Scanning for the node costs less than a binary search with the pinyin collator.
		const at = siblings.indexOf(node);
		if (at !== -1) siblings.splice(at, 1);
	}
}
