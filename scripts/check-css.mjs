#!/usr/bin/env node
// styles.css has no nesting: every rule sits at the top or directly inside an at-rule (@media, @container,
// @supports). A lost "}" is not a syntax error to a browser with CSS nesting: the rules after it silently
// become nested under the previous selector and stop matching (a merge once did this to the whole board
// layout). This check finds that, and unbalanced braces, with line numbers.
import { readFileSync } from "node:fs";

/** Problems in a stylesheet's text: "line N: …". Comments and quoted strings are skipped. */
export function cssProblems(text) {
	const problems = [];
	const stack = []; // one entry per open block: "at" (an at-rule) or "rule"
	let line = 1;
	let prelude = "";
	const reported = new Set(); // open rules already reported: one message per lost "}", not one per rule after it
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "\n") line++;
		if (c === "/" && text[i + 1] === "*") {
			const end = text.indexOf("*/", i + 2);
			const stop = end < 0 ? text.length : end + 2;
			line += (text.slice(i, stop).match(/\n/g) ?? []).length;
			i = stop - 1;
			continue;
		}
		if (c === '"' || c === "'") {
			let j = i + 1;
			while (j < text.length && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
			i = j;
			continue;
		}
		if (c === "{") {
			const kind = prelude.trim().startsWith("@") ? "at" : "rule";
			const outer = stack.indexOf("rule");
			if (kind === "rule" && outer >= 0 && !reported.has(outer)) {
				reported.add(outer);
				problems.push(`line ${line}: "${prelude.trim()}" is nested inside another rule (a "}" is missing above it)`);
			}
			stack.push(kind);
			prelude = "";
		} else if (c === "}") {
			if (stack.length === 0) problems.push(`line ${line}: "}" closes nothing`);
			stack.pop();
			reported.delete(stack.length);
			prelude = "";
		} else if (c === ";") prelude = "";
		else prelude += c;
	}
	if (stack.length > 0) problems.push(`end of file: ${stack.length} block(s) never closed`);
	return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const files = process.argv.slice(2);
	let failed = false;
	for (const file of files.length > 0 ? files : ["styles.css"]) {
		for (const problem of cssProblems(readFileSync(file, "utf8"))) {
			failed = true;
			console.error(`${file}: ${problem}`);
		}
	}
	process.exit(failed ? 1 : 0);
}
