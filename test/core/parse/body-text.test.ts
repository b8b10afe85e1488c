import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bodyProse } from "../../../src/core/parse/body-prose";
import { findBodyTags } from "../../../src/core/parse/body-tags";
import { viewsFixtureIndex, VIEWS_FIXTURE_VAULT } from "../../support/views-fixtures";

describe("bodyProse", () => {
	it("drops fenced code of either fence character, keeps the rest", () => {
		const body = readFileSync(join(VIEWS_FIXTURE_VAULT, "Frameworks/ServeFast.md"), "utf8");
		const prose = bodyProse(body);
		expect(prose).toContain("支持连续批处理");
		expect(prose).not.toContain("ZebraMode");
	});
	it("a longer closing fence closes, a shorter one does not; an unclosed fence runs to the end", () => {
		expect(bodyProse("a\n````\nx\n```\ny\n`````\nb")).toBe("a\nb");
		expect(bodyProse("a\n```js\nsecret\n")).toBe("a");
	});
	it("returns the body itself when there is no fence", () => {
		const body = "plain\r\ntext";
		expect(bodyProse(body)).toBe(body);
	});
});

describe("findBodyTags (Obsidian's rules)", () => {
	const cases: [string, string[]][] = [
		["#rl/grpo and #RL/GRPO again", ["rl/grpo"]],
		["issue #1984 but #y1984 and #3d_printing", ["y1984", "3d_printing"]],
		["foo#bar, https://example.com/#frag, [[Note#Heading]], &#38; and \\#escaped", []],
		["# Heading\n## Another\n#tag at line start", ["tag"]],
		// Obsidian ends a tag at ASCII and general punctuation only: a full-width comma stays in the tag.
		["#强化学习 以及 #rl. 和 #多模态/视觉，#奖励。", ["强化学习", "rl", "多模态/视觉，"]],
		["#rl—grpo and #rl…", ["rl"]],
		["inline `#code` and ``a #b` c`` and #real", ["real"]],
		["#2025/07 has a slash, which is not a digit; #rl/ loses its slash; #emoji🚀 keeps it", ["2025/07", "rl", "emoji🚀"]],
	];
	it.each(cases)("%s", (text, tags) => expect(findBodyTags(text)).toEqual(tags));
});

describe("entries from the fixture notes", () => {
	const index = viewsFixtureIndex();
	const entry = (name: string) => index.entries().find((e) => e.name === name)!;

	it("body tags follow the frontmatter's, once each; code, URLs and numbers are not tags", () => {
		expect(entry("PolicyLab").tags).toEqual(["framework", "rl/ppo", "rl/grpo", "rl/dpo/offline"]);
		expect(entry("ServeFast").tags).toEqual(["framework", "部署/推理", "serving"]);
	});
	it("only the frontmatter makes an entry: a body #framework does not", () => {
		expect(index.entries().map((e) => e.name).sort()).toEqual(["PolicyLab", "ServeFast"]);
		expect(index.snapshot().problems).toEqual([]);
	});
	it("the kept body has no frontmatter; its prose has no fenced code", () => {
		const body = entry("PolicyLab").body;
		expect(body).not.toContain("stage: rl");
		expect(body).toContain("supports GRPO");
		expect(bodyProse(body)).not.toContain("ZebraMode");
		expect(bodyProse(body)).toContain("Inline code like");
	});
	it("a body #tag does not change the stage, which comes from the frontmatter", () => {
		expect(entry("ServeFast").stage).toBe("deploy");
	});
});
