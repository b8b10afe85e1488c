/**
 * Import over generated outlines (headings of every level, list items with links and badges,
 * details blocks, fences, CJK, CRLF, BOM): every non-empty line that is not a stage or entry
 * heading lands verbatim in exactly one planned note, and each heading names exactly one note.
 */
import fc from "fast-check";
import { planImport } from "../../src/core/import/plan-import";
import { StageVocabulary } from "../../src/core/stages/stage-vocabulary";
import { carriedBody, expectLossless } from "../support/import-checks";
import { PROPERTY_TIMEOUT, runs } from "./support/runs";
import { lineText } from "./support/text-arbitraries";

jest.setTimeout(PROPERTY_TIMEOUT);
const vocabulary = new StageVocabulary();

const name = fc.oneof(fc.constantFrom("veRL", "OpenRLHF", "LLaMA-Factory", "ms-swift", "智谱", "深度求索", "🌈 vLLM", "Misc: Tools", "a/b\\c", "CON", "..", "x".repeat(300)), lineText(3));
const url = fc.constantFrom("https://github.com/volcengine/verl", "https://github.com/hiyouga/LLaMA-Factory", "https://mp.weixin.qq.com/s/1lUSlc0tvEWLuOFOP0WkUA", "javascript:alert(1)", "https://img.shields.io/badge/x-y-green", "http://127.0.0.1/");

const line = fc.oneof(
	{ weight: 2, arbitrary: fc.constantFrom("# 开源框架", "## 学习素材", "## 强化学习", "## 部署", "## Inference / 推理", "## Unknown stage", "## 微调", "## ") },
	{ weight: 3, arbitrary: fc.tuple(fc.constantFrom("### ", "#### ", "##### ", "###### "), fc.constantFrom("", "⭐ ", "★ "), name).map(([h, star, n]) => `${h}${star}${n}`) },
	{ weight: 2, arbitrary: fc.tuple(name, url).map(([n, u]) => `### [${n}](${u})`) },
	{ weight: 3, arbitrary: fc.tuple(fc.constantFrom("- ", "* ", "1. ", "  - "), name, url).map(([b, n, u]) => `${b}[${n}](${u}) ![badge](https://img.shields.io/github/stars/x/y)`) },
	{ weight: 2, arbitrary: fc.tuple(lineText(4), url).map(([t, u]) => `${t} ${u}`) },
	{ weight: 2, arbitrary: fc.constantFrom("<details>", "<summary>更多</summary>", "</details>", "```", "```bash", "~~~", "", "", "   ", "\t", "> quote", "---", "2025-07-02 14:01:48 Wednesday 机器学习 Q 与 AI：30 个必备问答") },
	{ weight: 3, arbitrary: lineText(6) },
);

const outline = fc
	.record({ bom: fc.boolean(), crlf: fc.boolean(), lines: fc.array(line, { maxLength: 30 }), finalBreak: fc.boolean() })
	.map(({ bom, crlf, lines, finalBreak }) => (bom ? "\ufeff" : "") + lines.join(crlf ? "\r\n" : "\n") + (finalBreak ? (crlf ? "\r\n" : "\n") : ""));

const plan = (text: string) => planImport(text, { vocabulary, folder: "Frameworks", preambleName: "Outline intro", exists: () => false });

describe("planImport", () => {
	it("every content line lands verbatim in exactly one note, every heading names one", () => {
		fc.assert(
			fc.property(outline, (text) => {
				const result = plan(text);
				expectLossless(text, result);
				// Independently of the line map: the multiset of carried lines is the multiset of content lines.
				const carried = result.notes.flatMap((n) => carriedBody(n)).filter((l) => l.trim() !== "").sort();
				const content = result.lines.filter((m) => m.role === "content").map((m) => m.text).sort();
				expect(carried).toEqual(content);
				for (const heading of result.lines.filter((m) => m.role === "entry-heading")) {
					expect(result.notes.filter((n) => n.path === heading.target)).toHaveLength(1);
				}
				expect(new Set(result.notes.map((n) => n.path.toLowerCase())).size).toBe(result.notes.length);
			}),
			runs(300),
		);
	});
});
