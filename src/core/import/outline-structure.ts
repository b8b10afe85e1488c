import type { StageVocabulary } from "../stages/stage-vocabulary";
import { isBoilerplateHeading } from "./boilerplate";
import { categoryTag, cleanName } from "./clean-name";
import { repoInText } from "./entry-links";
import { parseEntryHeading } from "./heading-name";
import { frameworkItems } from "./framework-items";
import { readItem } from "./item-facts";
import { isHtmlBlock, splitListParts } from "./list-blocks";
import { splitListEntries } from "./list-entries";
import { isBlank, type OutlineLine } from "./outline-lines";
import type { ListContext, OutlineCategory, OutlineEntry, OutlineStage, OutlineStructure } from "./outline-types";
import { detectStageLevel, isSubHeading } from "./stage-level";

interface HeadingNode {
	line: OutlineLine;
	level: number;
	content: OutlineLine[];
	children: HeadingNode[];
}

interface Region {
	kind: "loose" | "boilerplate" | "stage";
	heading: OutlineLine | null;
	body: OutlineLine[];
}

export function readOutlineStructure(lines: readonly OutlineLine[], vocabulary: StageVocabulary): OutlineStructure {
	const stageLevel = detectStageLevel(lines, vocabulary);
	const structure: OutlineStructure = { preamble: [], stages: [], stageLevel, categoryLines: new Set() };
	for (const region of splitRegions(lines, stageLevel)) readRegion(region, structure);
	structure.preamble.sort((a, b) => a.number - b.number);
	return structure;
}

/** Stage headings open stages; boilerplate and shallower headings open sections whose lines go to the intro note. */
function splitRegions(lines: readonly OutlineLine[], stageLevel: number | null): Region[] {
	let current: Region = { kind: "loose", heading: null, body: [] };
	const regions = [current];
	for (const line of lines) {
		const level = line.heading?.level;
		const breaks = level !== undefined && (stageLevel === null ? level === 1 : level <= stageLevel);
		if (!breaks) {
			current.body.push(line);
			continue;
		}
		const text = line.heading!.text;
		const kind = isBoilerplateHeading(text) || cleanName(text) === "" ? "boilerplate" : level === stageLevel ? "stage" : "loose";
		current = { kind, heading: line, body: [] };
		regions.push(current);
	}
	return regions;
}

function readRegion(region: Region, structure: OutlineStructure): void {
	if (region.kind === "boilerplate") {
		structure.preamble.push(...(region.heading ? [region.heading] : []), ...region.body);
		return;
	}
	const isStage = region.kind === "stage";
	if (!isStage && region.heading) structure.preamble.push(region.heading);
	const stage: OutlineStage = { heading: isStage ? region.heading : null, title: isStage ? cleanName(region.heading!.heading!.text) : "", overview: [], entries: [], categories: [] };
	const home = isStage ? stage.overview : structure.preamble;
	readSection(region.body, { stage, home, tags: [], section: stage.title, parent: null, categoryLines: structure.categoryLines });
	if (isStage || stage.entries.length > 0) structure.stages.push(stage);
}

interface SectionContext extends ListContext {
	parent: OutlineEntry | null;
	categoryLines: Set<number>;
}

function readSection(body: readonly OutlineLine[], context: SectionContext): void {
	const { direct, nodes } = buildTree(body);
	splitListEntries(direct, context);
	const categories = nodes.map(isCategory);
	// Siblings share a shape: next to `### 2025` and `### 2024`, a `### 2021` that only lists papers is a category too.
	const sibling = categories.some(Boolean);
	nodes.forEach((node, at) => readNode(node, context, categories[at]! || (sibling && onlyEntries(node))));
}

function buildTree(body: readonly OutlineLine[]): { direct: OutlineLine[]; nodes: HeadingNode[] } {
	const direct: OutlineLine[] = [];
	const nodes: HeadingNode[] = [];
	const stack: HeadingNode[] = [];
	for (const line of body) {
		if (!isSubHeading(line)) {
			(stack[stack.length - 1]?.content ?? direct).push(line);
			continue;
		}
		const node: HeadingNode = { line, level: line.heading!.level, content: [], children: [] };
		while (stack.length > 0 && stack[stack.length - 1]!.level >= node.level) stack.pop();
		(stack[stack.length - 1]?.children ?? nodes).push(node);
		stack.push(node);
	}
	return { direct, nodes };
}

function readNode(node: HeadingNode, context: SectionContext, category: boolean): void {
	const text = node.line.heading!.text;
	if (context.parent === null && isBoilerplateHeading(text)) {
		context.home.push(...flatten(node));
		return;
	}
	if (context.parent === null && category) {
		readCategory(node, context);
		return;
	}
	const heading = parseEntryHeading(cleanName(text))!;
	const entry: OutlineEntry = { ...heading, heading: node.line, parent: context.parent, content: [...node.content], tags: context.tags, repo: repoInText(text), link: null, section: context.section };
	context.stage.entries.push(entry);
	for (const child of node.children) {
		// One level of derivatives (`####` under `###`); anything deeper is text of the derivative.
		if (context.parent === null) readNode(child, { ...context, parent: entry }, false);
		else entry.content.push(...flatten(child));
	}
}

function readCategory(node: HeadingNode, context: SectionContext): void {
	const name = cleanName(node.line.heading!.text);
	const category: OutlineCategory = { name, tag: categoryTag(name), line: node.line.number, entries: 0 };
	context.stage.categories.push(category);
	context.home.push(node.line);
	context.categoryLines.add(node.line.number);
	const before = context.stage.entries.length;
	readSection([...node.content, ...node.children.flatMap(flatten)], { ...context, tags: [...context.tags, category.tag], section: `${context.section} / ${name}` });
	category.entries = context.stage.entries.length - before;
}

/**
 * A heading is a category when its section lists frameworks of its own: two or more items with a
 * repository, or one whose name is not the heading's; or when it holds nothing but sub-headings.
 * `### LLaMA-Factory` with its links and prose stays an entry.
 */
function isCategory(node: HeadingNode): boolean {
	const frameworks = frameworkItems(node.content);
	if (frameworks.length >= 2) return true;
	const name = cleanName(node.line.heading!.text).toLowerCase();
	if (frameworks.length === 1) return frameworks[0]!.toLowerCase() !== name;
	return node.children.length > 0 && node.content.every(isBlank);
}

/** A section that is nothing but a list of two or more entries (no prose, no sub-headings). */
function onlyEntries(node: HeadingNode): boolean {
	if (node.children.length > 0) return false;
	let entries = 0;
	for (const part of splitListParts(node.content)) {
		if (part.kind === "loose") {
			if (!isBlank(part.line) && !isHtmlBlock(part.line)) return false;
		} else if (readItem(part.block).kind === "entry") entries++;
		else return false;
	}
	return entries >= 2;
}

function flatten(node: HeadingNode): OutlineLine[] {
	return [node.line, ...node.content, ...node.children.flatMap(flatten)];
}

