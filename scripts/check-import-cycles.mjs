// Fails when the modules under the given folders (default src/) import each other in a cycle.
// Type-only imports count: `import type FrameworkAtlasPlugin from "./main"` in a feature is what
// once tied 27 plugin files into one cycle, and the usual linters (import/no-cycle) skip those.
// Imports are read with TypeScript's own scanner, so comments and strings cannot fool it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs"];

/** Every source file under `folder`, as absolute paths. */
function sourceFiles(folder) {
	const out = [];
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
		else if (EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith(".d.ts")) out.push(path);
	}
	return out;
}

/** The file a relative specifier names, or null (packages and missing files are not our modules). */
function resolveImport(from, specifier) {
	if (!specifier.startsWith(".")) return null;
	const base = resolve(dirname(from), specifier);
	for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => join(base, "index" + ext))]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

function importGraph(files) {
	const graph = new Map();
	for (const file of files) {
		const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
		graph.set(file, [...new Set(importedFiles.map((i) => resolveImport(file, i.fileName)).filter((f) => f !== null && files.includes(f)))]);
	}
	return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(graph) {
	let counter = 0;
	const index = new Map();
	const low = new Map();
	const stack = [];
	const onStack = new Set();
	const found = [];
	const visit = (node) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node)) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node), low.get(next)));
			} else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
		}
		if (low.get(node) !== index.get(node)) return;
		const component = [];
		let member;
		do {
			member = stack.pop();
			onStack.delete(member);
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || graph.get(node).includes(node)) found.push(component.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

const roots = process.argv.slice(2);
const files = (roots.length > 0 ? roots : ["src"]).flatMap((root) => sourceFiles(resolve(root)));
const found = cycles(importGraph(files));
for (const component of found) {
	console.error(`Import cycle among ${component.length} files:`);
	for (const file of component) console.error(`  ${relative(process.cwd(), file)}`);
}
if (found.length > 0) {
	console.error("Break it by moving what both sides need into a module both import (types included).");
	process.exitCode = 1;
}
