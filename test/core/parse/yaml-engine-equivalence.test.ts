import matter from "gray-matter";
import { CORE_SCHEMA, load } from "js-yaml";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateVault } from "../../../bench/vault-generator";
import { splitFrontmatter } from "../../../src/core/parse/frontmatter-split";
import { parseFrontmatterYaml } from "../../../src/core/parse/yaml-engine";

// The parser used to go through gray-matter; this is that path, kept as the reference.
const refuse = (): never => {
	throw new Error("code in frontmatter is never run");
};
const ENGINES = {
	yaml: { parse: (text: string) => load(text, { schema: CORE_SCHEMA, json: true }) as object, stringify: refuse },
	javascript: { parse: refuse, stringify: refuse },
	js: { parse: refuse, stringify: refuse },
};
function throughGrayMatter(yaml: string): unknown {
	return matter(`---\n${yaml}\n---\n`, { language: "yaml", engines: ENGINES, excerpt: false } as never).data;
}

function outcome(parse: (yaml: string) => unknown, yaml: string): unknown {
	try {
		return { value: parse(yaml) };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

function fixtureBlocks(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
		const path = join(folder, item.name);
		if (item.isDirectory()) return fixtureBlocks(path);
		const split = splitFrontmatter(readFileSync(path, "utf8"));
		return split.kind === "yaml" ? [split.yaml] : [];
	});
}

const EDGE_CASES = [
	"",
	"\n",
	"# only a comment\n",
	"  # indented comment\n\n",
	"tags: [framework]\n# trailing comment",
	"tags: framework\n--- not a closing line\nname: after",
	"----\nname: x",
	"---x\nname: y",
	"name: a\r\ntags: [framework]\r\n",
	"null",
	"~",
	"42",
	"- framework\n- list",
	"tags: [framework\nname: broken",
	'name: "unterminated',
	"summary: |\n  ---\n  inside a block scalar\n",
	"a: &x [1, 2]\nb: *x",
	"date: 2025-07-02 14:01:48\ntime: 12:30",
];

describe("frontmatter YAML without gray-matter", () => {
	it.each(EDGE_CASES.map((yaml) => [JSON.stringify(yaml), yaml]))("reads %s exactly as the gray-matter path did", (_label, yaml) => {
		expect(outcome(parseFrontmatterYaml, yaml)).toEqual(outcome(throughGrayMatter, yaml));
	});

	it("reads every fixture note and every synthetic note's frontmatter exactly as the gray-matter path did", () => {
		const blocks = [...fixtureBlocks(join(__dirname, "../../fixtures")), ...generateVault({ notes: 400, entries: 150, seed: 5 }).flatMap((n) => {
			const split = splitFrontmatter(n.text);
			return split.kind === "yaml" ? [split.yaml] : [];
		})];
		// Anchored notes may be alias bombs: comparing their expansions would never end (a small one is an edge case above).
		const anchored = blocks.filter((yaml) => /&\w/.test(yaml));
		expect(anchored.length).toBeGreaterThan(0);
		expect(blocks.length).toBeGreaterThan(250);
		for (const yaml of blocks.filter((b) => !anchored.includes(b))) expect(outcome(parseFrontmatterYaml, yaml)).toEqual(outcome(throughGrayMatter, yaml));
	});
});
