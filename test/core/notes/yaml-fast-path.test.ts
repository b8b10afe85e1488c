import { surelyPlain } from "../../../src/core/notes/yaml-scalar";
import { parseYaml } from "../../../src/core/parse/yaml-engine";

/** A small seeded generator, so the sample is the same on every run. */
function* strings(seed: number, count: number): Generator<string> {
	let state = seed;
	const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
	const alphabet = "aAzZyYnNoOtTfF019._/- :#'\"~!@&*?|>%`";
	for (let i = 0; i < count; i++) {
		const length = 1 + Math.floor(next() * 12);
		let text = next() < 0.2 ? "https://" : "";
		for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)];
		yield text;
	}
}

const readsBackPlain = (text: string): boolean => {
	try {
		const data = parseYaml(`v: ${text}\nl:\n  - ${text}\n`) as { v?: unknown; l?: unknown[] };
		return data.v === text && Array.isArray(data.l) && data.l[0] === text;
	} catch {
		return false;
	}
};

describe("the frontmatter writer's fast path for plain strings", () => {
	it("takes names, slugs and repository URLs", () => {
		for (const text of ["vLLM", "LLaMA-Factory", "Framework 12", "llama.cpp", "https://github.com/vllm-project/vllm", "deploy"]) expect(surelyPlain(text)).toBe(true);
	});

	it("leaves YAML keywords, numbers, colons, comments and edge spaces to the parse", () => {
		for (const text of ["yes", "No", "ON", "y", "null", "True", "12", "1e3", "a: b", "a #b", " a", "a ", "a  b", "~", ".inf", "中文"]) expect(surelyPlain(text)).toBe(false);
	});

	it("never calls plain what YAML would read differently (2,000 generated strings)", () => {
		let taken = 0;
		for (const text of strings(14, 2000)) {
			if (!surelyPlain(text)) continue;
			taken++;
			expect([text, readsBackPlain(text)]).toEqual([text, true]);
		}
		expect(taken).toBeGreaterThan(50);
	});
});
