import { buildIndex } from "../../src/core/index/build-index";
import { parseQuery } from "../../src/core/query/parse-query";
import { runQuery } from "../../src/core/query/run-query";
import { explainQuery } from "../../src/i18n/query/explain-query";
import { translator } from "../../src/i18n/translator";
import { sampleIndex } from "../support/sample-index";

const index = sampleIndex();
const vocabulary = index.parseOptions().vocabulary;

function explain(text: string, language: "en" | "zh"): string {
	const parsed = parseQuery(text, vocabulary);
	if (!parsed.ok) throw new Error(text);
	return explainQuery(parsed.query, vocabulary, translator(language), runQuery(parsed.query, index.snapshot()).total);
}

describe("explain", () => {
	const complex = '#rl/grpo OR (is:starred -has:repo)\nstage:rl,deploy "open" based:veRL repo:github after:2025-06-01 before:2025-07-01T12:00\nsort:stage,-date limit:5 group:none view:cards';

	it("reads a complex query back in English", () => {
		expect(explain(complex, "en")).toMatchInlineSnapshot(`
"This query was read as:
  All of:
    Any of:
      Tag #rl/grpo or a tag nested under it
      All of:
        Starred
        Not: Has a repository
    All of:
      Stage is one of: Reinforcement learning, Deployment
      Name, summary or tags contain "open"
      Based on veRL
      Repository contains "github"
      Newest source on or after 2025-06-01
      Newest source before 2025-07-01 12:00
Sorted by: Stage, Newest source date (descending)
At most 5 shown
Not grouped
Shown as cards
0 entries match"
`);
	});

	it("reads the same query back in Chinese", () => {
		expect(explain(complex, "zh")).toMatchInlineSnapshot(`
"查询被理解为：
  同时满足：
    满足任一：
      标签 #rl/grpo 或其下级标签
      同时满足：
        已加星标
        不满足：有代码仓库
    同时满足：
      阶段为强化学习或部署
      名称、简介或标签包含“open”
      基于 veRL
      仓库地址包含“github”
      最新来源在 2025-06-01 或之后
      最新来源在 2025-07-01 12:00 之前
排序：阶段、最新来源日期（降序）
最多显示 5 条
不分组
以卡片显示
共 0 个条目匹配"
`);
	});

	it("shows the match count and defaults", () => {
		expect(explain("is:starred 阶段:强化学习\nexplain", "en")).toBe(
			["This query was read as:", "  All of:", "    Starred", "    Stage is Reinforcement learning", "Sorted by stage, then name", "Grouped by stage", "Shown as a list", "2 entries match"].join("\n"),
		);
		expect(explain("-(#rl OR #多模态)", "zh")).toBe(
			["查询被理解为：", "  不满足：", "    满足任一：", "      标签 #rl 或其下级标签", "      标签 #多模态 或其下级标签", "排序：按阶段，再按名称", "按阶段分组", "以列表显示", "共 15 个条目匹配"].join("\n"),
		);
		expect(explain("", "en").split("\n")[1]).toBe("  Every entry");
		expect(explain("verl", "en").split("\n").at(-1)).toBe("1 entry matches");
	});
});

describe("has:summary", () => {
	it("reads back in both languages, and a Chinese-only summary counts", () => {
		expect(explain("-has:summary", "en")).toContain("Not: Has a summary (in either language)");
		expect(explain("有:简介", "zh")).toContain("有简介（任一语言）");
		const vault = buildIndex([["zh.md", "---\ntags: [framework]\nstage: rl\nname: 只有中文\nsummary_zh: 只有中文简介\n---\n"]]);
		const parsed = parseQuery("has:summary", vocabulary);
		if (!parsed.ok) throw new Error("has:summary");
		expect(runQuery(parsed.query, vault.snapshot()).entries.map((e) => e.name)).toEqual(["只有中文"]);
	});
});
