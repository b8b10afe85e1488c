/**
 * @jest-environment jsdom
 */
/** The Stages section edits the saved list through the store; the index (and so the dashboard) follows at once. */
import { __setLanguage } from "../../__mocks__/obsidian";
import { DEFAULT_STAGE_LIST } from "../../../src/core/stages/stage-list";
import { stagesSection } from "../../../src/plugin/stages/stages-section";
import { fakeContext, type FakeContext } from "../../support/fake-context";
import { settle } from "../../support/plugin-with-language";

const NOTES: [string, string][] = [
	["a.md", "---\ntags: [framework]\nname: vLLM\nstage: deploy\n---\n"],
	["b.md", "---\ntags: [framework]\nname: Ray\nstage: scheduling\n---\n"],
	["c.md", "---\ntags: [framework]\nname: TRL\nstage: 强化学习\n---\n"],
];

function draw(context: FakeContext) {
	const container = document.createElement("div");
	const redraw = () => {
		container.replaceChildren();
		stagesSection(container, context, redraw);
	};
	redraw();
	const row = (id: string) => container.querySelector<HTMLElement>(`[data-stage="${id}"]`)!;
	return {
		container,
		row,
		ids: () => [...container.querySelectorAll<HTMLElement>("[data-stage]")].map((r) => r.dataset.stage),
		click: async (id: string, label: string) => {
			[...row(id).querySelectorAll("button")].find((b) => b.getAttribute("aria-label") === label)!.click();
			await settle();
		},
		type: async (input: HTMLInputElement, value: string) => {
			input.value = value;
			input.dispatchEvent(new Event("change"));
			await settle();
		},
		add: async (label: string, id = "") => {
			const [labelInput, idInput] = container.querySelectorAll<HTMLInputElement>(".atlas-stage-add input");
			labelInput!.value = label;
			idInput!.value = id;
			[...container.querySelectorAll<HTMLButtonElement>(".atlas-stage-add button")][0]!.click();
			await settle();
		},
		status: () => container.querySelector(".atlas-stages-status")!.textContent,
	};
}

const groups = (context: FakeContext) => context.index.snapshot().stages.map((g) => [g.stage.id, g.entries.map((p) => p.entry.name)]);
const savedStages = (context: FakeContext) => (context.saved.at(-1)?.stages as { id: string }[] | undefined)?.map((s) => s.id);

beforeEach(() => __setLanguage("en"));

describe("the Stages section", () => {
	it("adds a stage with the id typed, and the entry naming it leaves Uncategorized at once", async () => {
		const context = fakeContext({ notes: NOTES });
		expect(groups(context).at(-1)).toEqual(["uncategorized", ["Ray"]]);
		expect(context.index.snapshot().warnings.map((w) => w.code)).toEqual(["unknown-stage"]);
		const view = draw(context);
		await view.add("Scheduling", "scheduling");
		expect(view.ids()).toEqual(["learning", "pretrain", "finetune", "rl", "deploy", "scheduling"]);
		expect(groups(context).slice(-2)).toEqual([["scheduling", ["Ray"]], ["uncategorized", []]]);
		expect(context.index.snapshot().warnings).toEqual([]);
		expect(savedStages(context)).toEqual(["learning", "pretrain", "finetune", "rl", "deploy", "scheduling"]);
		// A stage added with one label shows it in both languages.
		expect(context.settings.current().stages.at(-1)!.labels).toEqual({ en: "Scheduling", zh: "Scheduling" });
	});

	it("makes a slug id when none is typed, and refuses a duplicate id, saying so and saving nothing", async () => {
		const context = fakeContext({ notes: NOTES });
		const view = draw(context);
		await view.add("Serving infra");
		expect(view.ids().at(-1)).toBe("serving-infra");
		const saves = context.saved.length;
		await view.add("Again", "rl");
		expect(view.status()).toBe('Not saved: Stage 7: the identifier "rl" is used twice');
		expect(context.saved).toHaveLength(saves);
		expect(view.ids()).toEqual(["learning", "pretrain", "finetune", "rl", "deploy", "serving-infra"]);
	});

	it("renames a label and sets aliases without touching notes; `stage:` values follow the aliases", async () => {
		const context = fakeContext({ notes: NOTES });
		const view = draw(context);
		const zh = view.row("rl").querySelector<HTMLInputElement>('[data-label="zh"]')!;
		await view.type(zh, "强化学习与对齐");
		// TRL's note says `stage: 强化学习`, the old label: now unknown, shown under Uncategorized with a warning.
		expect(groups(context).find(([id]) => id === "rl")).toEqual(["rl", []]);
		await view.type(view.row("rl").querySelector<HTMLInputElement>("[data-aliases]")!, "强化学习, GRPO");
		expect(context.settings.current().stages.find((s) => s.id === "rl")).toEqual({ id: "rl", labels: { zh: "强化学习与对齐", en: "Reinforcement learning" }, aliases: ["强化学习", "GRPO"] });
		expect(groups(context).find(([id]) => id === "rl")).toEqual(["rl", ["TRL"]]);
	});

	it("shows a stage left with one label in both languages, and refuses a stage with none", async () => {
		const context = fakeContext({ notes: NOTES });
		const view = draw(context);
		await view.type(view.row("deploy").querySelector<HTMLInputElement>('[data-label="en"]')!, "");
		expect(context.settings.current().stages.find((s) => s.id === "deploy")!.labels).toEqual({ zh: "部署", en: "部署" });
		const saves = context.saved.length;
		await view.add("  ", "empty");
		expect(view.status()).toBe('Not saved: Stage 6 ("empty") has no label');
		expect(context.saved).toHaveLength(saves);
		expect(view.ids()).not.toContain("empty");
	});

	it("reorders with the buttons and by drag, removes, and resets; the dashboard groups follow each change", async () => {
		const context = fakeContext({ notes: NOTES });
		const view = draw(context);
		await view.click("deploy", "Move up");
		expect(view.ids()).toEqual(["learning", "pretrain", "finetune", "deploy", "rl"]);
		expect(groups(context).map(([id]) => id)).toEqual(["learning", "pretrain", "finetune", "deploy", "rl", "uncategorized"]);
		expect((view.row("learning").querySelector('button[aria-label="Move up"]') as HTMLButtonElement).disabled).toBe(true);
		const data = new Map<string, string>();
		const transfer = { setData: (t: string, v: string) => data.set(t, v), getData: (t: string) => data.get(t) ?? "", get types() { return [...data.keys()]; } };
		const drag = (type: string, row: HTMLElement) => {
			const event = new Event(type, { bubbles: true, cancelable: true });
			Object.defineProperty(event, "dataTransfer", { value: transfer });
			row.dispatchEvent(event);
			return event;
		};
		drag("dragstart", view.row("rl"));
		expect(drag("dragover", view.row("learning")).defaultPrevented).toBe(true);
		drag("drop", view.row("learning"));
		await settle();
		expect(view.ids()).toEqual(["rl", "learning", "pretrain", "finetune", "deploy"]);
		await view.click("deploy", "Remove");
		expect(view.ids()).toEqual(["rl", "learning", "pretrain", "finetune"]);
		// Removing a stage edits no note: vLLM shows under Uncategorized with an unknown-stage warning.
		expect(groups(context).at(-1)).toEqual(["uncategorized", ["Ray", "vLLM"]]);
		expect(context.index.snapshot().warnings.map((w) => [w.path, w.code])).toContainEqual(["a.md", "unknown-stage"]);
		[...view.container.querySelectorAll("button")].find((b) => b.textContent === "Reset")!.click();
		await settle();
		expect(context.settings.current().stages).toEqual(DEFAULT_STAGE_LIST);
		expect(groups(context).find(([id]) => id === "deploy")).toEqual(["deploy", ["vLLM"]]);
	});

	it("says when the saved list is not valid, and keeps it in data.json until the stages are changed here", async () => {
		const broken = [{ id: "infra", labels: { en: "Infra" } }, { id: "infra", labels: { en: "Twice" } }];
		const context = fakeContext({ notes: NOTES, stored: { settingsVersion: 2, stages: broken, entryTag: "framework" } });
		const view = draw(context);
		expect(view.status()).toContain('The stage list saved in data.json is not valid (Stage 2: the identifier "infra" is used twice)');
		expect(view.ids()).toEqual(DEFAULT_STAGE_LIST.map((s) => s.id));
		await context.settings.update({ exportFolder: "Out" });
		expect(context.saved.at(-1)).toMatchObject({ exportFolder: "Out", stages: broken });
		await view.add("Infra", "infra");
		expect(context.saved.at(-1)!.stages).toEqual([...DEFAULT_STAGE_LIST, { id: "infra", labels: { en: "Infra", zh: "Infra" }, aliases: [] }]);
	});

	it("draws every label in Chinese too", () => {
		__setLanguage("zh");
		const context = fakeContext({ notes: NOTES, stored: { labelLanguage: "zh" } });
		const view = draw(context);
		expect(view.container.textContent).toContain("阶段");
		expect(view.row("deploy").querySelector(".setting-item-name, div")!.textContent).toBe("部署");
		expect(view.row("deploy").querySelector<HTMLInputElement>('[data-aliases]')!.placeholder).toBe("其他写法，用逗号分隔");
	});
});
