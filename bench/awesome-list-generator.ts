import { SeededRandom } from "./seeded-random";

const STAGES = ["训练", "LLM Inference", "调度", "KV 管理", "算子与通信", "Evaluation", "RAG/Embedding", "Agents", "Data", "云原生"];
const CATEGORIES = ["RL", "SFT", "accelerate", "PD-disaggregation", "Speculative-Decoding", "2025", "2024"];
const WORDS = ["fast", "serving", "engine", "library", "for", "large", "language", "models", "with", "paged", "attention", "kernels", "distributed", "training", "高效", "推理", "框架"];

/**
 * An awesome-list of `items` framework items in the shapes real ones use (badge links, `Name：` with
 * nested `地址：`/`简介：`, `- [Name](url) - description`, `<details>` blocks, category sub-headings,
 * some frameworks listed twice), with a table of contents and boilerplate sections.
 */
export function generateAwesomeList(items: number, seed = 14): string {
	const random = new SeededRandom(seed);
	const lines = ["# Awesome LLM frameworks [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "", "## Table of Contents", ""];
	for (const stage of STAGES) lines.push(`- [${stage}](#${stage.toLowerCase().replace(/\s+/g, "-")})`);
	const perStage = Math.ceil(items / STAGES.length);
	let written = 0;
	for (const stage of STAGES) {
		lines.push("", `## ${stage}`, "");
		for (let i = 0; i < perStage && written < items; i++, written++) {
			if (i > 0 && i % 25 === 0) lines.push("", `### ${random.pick(CATEGORIES)} ${i / 25}`, "");
			if (i % 40 === 10) lines.push("<details>", "<summary>more</summary>", "");
			lines.push(...item(written, random));
			if (i % 40 === 30) lines.push("", "</details>", "");
		}
	}
	lines.push("", "## Star History", "", "[![Star History Chart](https://api.star-history.com/svg?repos=a/b&type=Date)](https://star-history.com/#a/b)", "", "## License", "", "MIT", "");
	return lines.join("\n");
}

function item(n: number, random: SeededRandom): string[] {
	// One in twenty is a repeat of an earlier framework, as lists that file one project under two stages have.
	const id = n > 20 && random.chance(0.05) ? random.int(0, n - 1) : n;
	const name = `Framework-${id}`;
	const repo = `https://github.com/owner-${id % 97}/${name.toLowerCase()}`;
	const description = Array.from({ length: random.int(4, 12) }, () => random.pick(WORDS)).join(" ");
	switch (n % 3) {
		case 0:
			return [`- [${name}](${repo}) [![GitHub stars](https://img.shields.io/github/stars/owner-${id % 97}/${name.toLowerCase()}?style=social)](${repo})`];
		case 1:
			return [`- [${name}](${repo}/tree/main) - ${description}`];
		default:
			return [`* ${name}：`, `  * 地址：${repo}`, `  ![](https://img.shields.io/github/stars/owner-${id % 97}/${name.toLowerCase()}.svg)`, `  * 简介：${description}`];
	}
}
