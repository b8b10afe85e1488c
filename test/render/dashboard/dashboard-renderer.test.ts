/** @jest-environment jsdom */
import { DEFAULT_STAGES } from "../../../src/core/stages/stage-vocabulary";
import { translator } from "../../../src/i18n/translator";
import { allNotes, card, cardNames, headerCount, mount, section, stageCount, typeFilter } from "./dashboard-harness";

const STAGE_IDS = DEFAULT_STAGES.map((s) => s.id);

describe("dashboard layout", () => {
	it("shows one section per stage in vocabulary order, empty ones included, with label and count", () => {
		const { root, index } = mount();
		const sections = [...root.querySelectorAll<HTMLElement>(".atlas-stage")];
		expect(sections.map((s) => s.dataset.stage)).toEqual(STAGE_IDS);
		expect(sections.map((s) => s.querySelector(".atlas-stage-label")!.textContent)).toEqual(DEFAULT_STAGES.map((s) => s.labels.en));
		const snapshot = index.snapshot();
		for (const group of snapshot.stages) {
			expect(stageCount(root, group.stage.id)).toBe(String(group.entries.length));
			expect(section(root, group.stage.id).querySelectorAll(".atlas-card")).toHaveLength(group.entries.length);
		}
		expect(stageCount(root, "rl")).toBe("10");
		expect(stageCount(root, "pretrain")).toBe("0");
		expect(section(root, "pretrain").querySelector(".atlas-stage-empty")!.textContent).toBe("No entries");
		expect(headerCount(root)).toBe("23 entries");
		expect(root.querySelector(".atlas-dashboard-title")!.textContent).toBe("Framework Atlas");
	});

	it("places derivatives right after their parent, indented", () => {
		const { root } = mount();
		const names = cardNames(root, "rl");
		expect(names.indexOf("EasyR1")).toBe(names.indexOf("veRL") + 1);
		expect(names.indexOf("MM-EUREKA")).toBe(names.indexOf("OpenRLHF") + 1);
		const easy = card(root, "Frameworks/EasyR1.md");
		expect(easy.classList.contains("atlas-card-derivative")).toBe(true);
		expect(easy.classList.contains("atlas-card-depth-1")).toBe(true);
		expect(card(root, "Frameworks/veRL.md").classList.contains("atlas-card-derivative")).toBe(false);
	});

	it("draws a card with star, owner/name repo link, tags without the entry tag, summary and sources", () => {
		const { root } = mount();
		const verl = card(root, "Frameworks/veRL.md");
		expect(verl.querySelector(".atlas-card-name")!.textContent).toBe("veRL");
		expect(verl.querySelector(".atlas-card-star")!.getAttribute("aria-label")).toBe("Starred");
		const repo = verl.querySelector<HTMLAnchorElement>("a.atlas-card-repo")!;
		expect(repo.textContent).toBe("volcengine/verl");
		expect(repo.getAttribute("href")).toBe("https://github.com/volcengine/verl");
		expect([...verl.querySelectorAll(".atlas-tag")].map((t) => t.textContent)).toEqual(["#rl/grpo"]);
		expect(verl.querySelector(".atlas-card-summary")!.textContent).toMatch(/^Volcano Engine Reinforcement Learning/);
		expect(card(root, "Frameworks/TRL.md").querySelector(".atlas-card-star")).toBeNull();

		const tiny = card(root, "Fixtures/zh-only-summary.md");
		expect(tiny.querySelector(".atlas-card-name")!.textContent).toBe("TinyTune");
		const summary = tiny.querySelector(".atlas-card-summary")!;
		expect(summary.classList.contains("atlas-card-summary-fallback")).toBe(true);
		expect(summary.querySelector(".atlas-fallback-mark")!.textContent).toBe("中");
		// Newest of three dated sources (one in frontmatter, two in the body), not the first or the last.
		expect(tiny.querySelector(".atlas-card-source-date")!.textContent).toBe("2025-07-01 08:00");
		const title = tiny.querySelector<HTMLAnchorElement>("a.atlas-card-source-title")!;
		expect(title.textContent).toBe("最新的来源");
		expect(title.getAttribute("href")).toBe("https://example.com/newest");
		expect(tiny.querySelector(".atlas-card-source-count")!.textContent).toBe("3 sources");
	});

	it("shows names in the active language and Chinese stage labels", () => {
		const { root } = mount(allNotes(), { language: "zh" });
		expect([...root.querySelectorAll(".atlas-stage-label")].map((l) => l.textContent)).toEqual(DEFAULT_STAGES.map((s) => s.labels.zh));
		expect(card(root, "Fixtures/zh-only-summary.md").querySelector(".atlas-card-name")!.textContent).toBe("小模型微调");
		expect(card(root, "Fixtures/zh-only-summary.md").querySelector(".atlas-card-summary-fallback")).toBeNull();
		expect(headerCount(root)).toBe("23 个条目");
		expect(root.querySelector(".atlas-lang-toggle .is-active")!.textContent).toBe("中");
	});
});

describe("untrusted note text", () => {
	it("renders an HTML-looking name, summary and source as text, and a javascript: repo as no link", () => {
		const { root } = mount();
		const hostile = card(root, "Fixtures/xss-name.md");
		expect(hostile.querySelector(".atlas-card-name")!.textContent).toBe("<img src=x onerror=alert(1)>");
		expect(hostile.querySelector(".atlas-card-summary")!.textContent).toBe("<script>alert(3)</script> summary stays text");
		expect(root.querySelectorAll("img, script, b")).toHaveLength(0);
		for (const link of root.querySelectorAll("a[href]")) expect(link.getAttribute("href")).toMatch(/^(https?:\/\/|#$)/);
		expect(hostile.querySelector(".atlas-card-source-title")!.tagName).toBe("SPAN");
	});

	it("shows a javascript: repo that reaches the renderer as plain text", () => {
		const { index, renderer, root } = mount();
		const snapshot = index.snapshot();
		const deploy = snapshot.stages.find((g) => g.stage.id === "deploy")!;
		const placed = deploy.entries[0]!;
		const poisoned = { ...placed, entry: { ...placed.entry, repo: "javascript:alert(1)" } };
		renderer.update({ type: "upsert", path: placed.entry.path, before: placed.entry, after: poisoned.entry }, {
			...snapshot,
			stages: snapshot.stages.map((g) => (g === deploy ? { ...g, entries: [poisoned, ...g.entries.slice(1)] } : g)),
		});
		const repo = card(root, placed.entry.path).querySelector(".atlas-card-repo")!;
		expect(repo.tagName).toBe("SPAN");
		expect(repo.textContent).toBe("javascript:alert(1)");
	});
});

describe("filter", () => {
	it("narrows by tag, shows N of M in the header and per stage", () => {
		const { root } = mount();
		typeFilter(root, "#RL/GRPO");
		expect(cardNames(root, "rl").sort()).toEqual(["EasyR1", "TRL", "veRL"]);
		expect(stageCount(root, "rl")).toBe("3 of 10");
		expect(stageCount(root, "deploy")).toBe("0 of 4");
		expect(headerCount(root)).toBe("3 of 23 entries");
		typeFilter(root, "");
		expect(headerCount(root)).toBe("23 entries");
		expect(stageCount(root, "rl")).toBe("10");
	});

	it("matches either language's name and the summary, ignoring case and width, CJK without spaces", () => {
		const { root } = mount();
		typeFilter(root, "tinytune");
		expect(cardNames(root, "finetune")).toEqual(["TinyTune"]);
		typeFilter(root, "小模型");
		expect(cardNames(root, "finetune")).toEqual(["TinyTune"]);
		typeFilter(root, "ＰＡＧＥＤＡＴＴＥＮＴＩＯＮ");
		expect(cardNames(root, "deploy")).toEqual(["vLLM"]);
		typeFilter(root, "中文简介");
		expect(headerCount(root)).toBe("1 of 23 entries");
		typeFilter(root, "serving llms");
		expect(cardNames(root, "deploy").sort()).toEqual(["SGLang", "TGI", "vLLM"]);
	});

	it("says so when nothing matches", () => {
		const { root } = mount();
		const message = root.querySelector<HTMLElement>(".atlas-no-matches")!;
		expect(message.hidden).toBe(true);
		typeFilter(root, "no framework is called this");
		expect(message.hidden).toBe(false);
		expect(root.querySelectorAll(".atlas-card")).toHaveLength(0);
	});

	it("takes a pluggable compiler and shows its error", () => {
		const { root } = mount(allNotes(), {
			compileFilter: (query) => (query.startsWith("stage:") ? { predicate: null, error: `Unknown field in "${query}"` } : { predicate: (e) => e.name.includes(query), error: null }),
		});
		typeFilter(root, "stage:");
		const error = root.querySelector<HTMLElement>(".atlas-filter-error")!;
		expect(error.hidden).toBe(false);
		expect(error.textContent).toBe('Unknown field in "stage:"');
		expect(root.querySelector(".atlas-filter-input")!.getAttribute("aria-invalid")).toBe("true");
		expect(headerCount(root)).toBe("23 entries");
		typeFilter(root, "RL");
		expect(error.hidden).toBe(true);
		expect(cardNames(root, "rl").sort()).toEqual(["Logic- RL", "OpenRLHF", "TRL", "veRL"]);
	});
});

describe("collapse", () => {
	it("collapses a stage on header click, drops its cards and reports the collapsed set", () => {
		const { root, calls } = mount();
		section(root, "rl").querySelector<HTMLButtonElement>(".atlas-stage-header")!.click();
		expect(section(root, "rl").classList.contains("is-collapsed")).toBe(true);
		expect(section(root, "rl").querySelector(".atlas-stage-header")!.getAttribute("aria-expanded")).toBe("false");
		expect(section(root, "rl").querySelectorAll(".atlas-card")).toHaveLength(0);
		expect(stageCount(root, "rl")).toBe("10");
		expect(calls.collapsed).toEqual([["rl"]]);
		section(root, "rl").querySelector<HTMLButtonElement>(".atlas-stage-header")!.click();
		expect(section(root, "rl").querySelectorAll(".atlas-card")).toHaveLength(10);
		expect(calls.collapsed.at(-1)).toEqual([]);
	});

	it("starts collapsed from the saved state and collapses or expands everything", () => {
		const { root, calls } = mount(allNotes(), { collapsed: ["deploy"] });
		expect(section(root, "deploy").querySelectorAll(".atlas-card")).toHaveLength(0);
		const toggleAll = root.querySelector<HTMLButtonElement>(".atlas-header-actions [data-action]")!;
		expect(toggleAll.dataset.action).toBe("collapse-all");
		toggleAll.click();
		expect(root.querySelectorAll(".atlas-card")).toHaveLength(0);
		expect(calls.collapsed.at(-1)!.sort()).toEqual([...STAGE_IDS].sort());
		expect(toggleAll.dataset.action).toBe("expand-all");
		toggleAll.click();
		expect(root.querySelectorAll(".atlas-card")).toHaveLength(23);
		expect(calls.collapsed.at(-1)).toEqual([]);
	});
});

describe("live updates", () => {
	const VERL = "Frameworks/veRL.md";

	it("redraws only the changed card; every other card keeps its DOM node", () => {
		const { root, index } = mount();
		const before = new Map([...root.querySelectorAll<HTMLElement>(".atlas-card")].map((c) => [c.dataset.path!, c]));
		const header = section(root, "rl").querySelector(".atlas-stage-header");
		const text = allNotes().find(([p]) => p === VERL)![1].replace("summary_en: \"Volcano", 'summary_en: "Edited: Volcano');
		expect(index.upsert(VERL, text)).toBe(true);
		const after = [...root.querySelectorAll<HTMLElement>(".atlas-card")];
		expect(after).toHaveLength(before.size);
		for (const node of after) {
			if (node.dataset.path === VERL) expect(node).not.toBe(before.get(VERL));
			else expect(node).toBe(before.get(node.dataset.path!));
		}
		expect(card(root, VERL).querySelector(".atlas-card-summary")!.textContent).toMatch(/^Edited: Volcano/);
		expect(section(root, "rl").querySelector(".atlas-stage-header")).toBe(header);
		expect(cardNames(root, "rl").indexOf("EasyR1")).toBe(cardNames(root, "rl").indexOf("veRL") + 1);
	});

	it("moves a card whose stage changed and updates both counts", () => {
		const { root, index } = mount();
		const tgiPath = "Frameworks/TGI.md";
		const vllm = card(root, "Frameworks/vLLM.md");
		index.upsert(tgiPath, allNotes().find(([p]) => p === tgiPath)![1].replace("stage: deploy", "stage: rl"));
		expect(stageCount(root, "deploy")).toBe("3");
		expect(stageCount(root, "rl")).toBe("11");
		expect(section(root, "rl").contains(card(root, tgiPath))).toBe(true);
		expect(card(root, "Frameworks/vLLM.md")).toBe(vllm);
	});

	it("follows a rename and a delete", () => {
		const { root, index } = mount();
		const sglang = card(root, "Frameworks/SGLang.md");
		index.rename("Frameworks/vLLM.md", "Serving/vLLM engine.md");
		expect(root.querySelectorAll('.atlas-card[data-path="Frameworks/vLLM.md"]')).toHaveLength(0);
		expect(card(root, "Serving/vLLM engine.md").querySelector(".atlas-card-name")!.textContent).toBe("vLLM");
		expect(card(root, "Frameworks/SGLang.md")).toBe(sglang);
		index.remove("Frameworks/TGI.md");
		expect(cardNames(root, "deploy")).toEqual(["<img src=x onerror=alert(1)>", "SGLang", "vLLM"]);
		expect(stageCount(root, "deploy")).toBe("3");
		expect(headerCount(root)).toBe("22 entries");
	});

	it("keeps focus on a card that is redrawn", () => {
		const { root, index } = mount();
		card(root, VERL).focus();
		index.upsert(VERL, allNotes().find(([p]) => p === VERL)![1] + "\nmore text\n");
		expect(document.activeElement).toBe(card(root, VERL));
	});

	it("keeps focus and caret in the filter box through a full repaint", () => {
		const { root, index } = mount();
		typeFilter(root, "grpo");
		const input = root.querySelector<HTMLInputElement>(".atlas-filter-input")!;
		input.focus();
		input.setSelectionRange(2, 2);
		index.reset(allNotes());
		const repainted = root.querySelector<HTMLInputElement>(".atlas-filter-input")!;
		expect(repainted).not.toBe(input);
		expect(document.activeElement).toBe(repainted);
		expect([repainted.value, repainted.selectionStart]).toEqual(["grpo", 2]);
	});

	it("keeps focus on the same card through a language switch", () => {
		const { root, renderer } = mount();
		card(root, "Frameworks/TRL.md").focus();
		renderer.setTranslator(translator("zh"));
		expect(document.activeElement).toBe(card(root, "Frameworks/TRL.md"));
	});

	it("keeps focus on the 中/EN button when it repaints the pane", () => {
		const { root, renderer } = mount();
		root.querySelector<HTMLButtonElement>(".atlas-lang-toggle")!.focus();
		renderer.setTranslator(translator("zh"));
		expect(document.activeElement).toBe(root.querySelector(".atlas-lang-toggle"));
	});

	it("keeps the filter while updating", () => {
		const { root, index } = mount();
		typeFilter(root, "#rl/grpo");
		const openrlhf = "Frameworks/OpenRLHF.md";
		index.upsert(openrlhf, allNotes().find(([p]) => p === openrlhf)![1].replace("tags: [framework", "tags: [framework, rl/grpo"));
		expect(cardNames(root, "rl").sort()).toEqual(["EasyR1", "OpenRLHF", "TRL", "veRL"]);
		expect(headerCount(root)).toBe("4 of 23 entries");
	});
});

describe("empty vault", () => {
	it("explains the note format and offers to create the first entry", () => {
		const { root, calls, index } = mount([]);
		const empty = root.querySelector(".atlas-empty")!;
		expect(empty.querySelector(".atlas-empty-title")!.textContent).toBe("No framework entries yet");
		expect(empty.querySelector(".atlas-empty-example")!.textContent).toContain("tags: [framework]");
		empty.querySelector<HTMLButtonElement>(".atlas-empty-create")!.click();
		expect(calls.creates).toBe(1);
		expect(headerCount(root)).toBe("0 entries");
		index.upsert("New.md", "---\ntags: [framework]\nstage: rl\n---\n");
		expect(root.querySelector(".atlas-empty")).toBeNull();
		expect(cardNames(root, "rl")).toEqual(["New"]);
	});

	it("has no create button when the host cannot create entries", () => {
		const { root } = mount([], { withCreate: false });
		expect(root.querySelector(".atlas-empty")).not.toBeNull();
		expect(root.querySelector(".atlas-empty-create")).toBeNull();
		expect(root.querySelector(".atlas-new-entry")).toBeNull();
	});

	it("offers a new-entry button in the header when the host can create entries", () => {
		const { root, calls } = mount();
		const button = root.querySelector<HTMLButtonElement>(".atlas-new-entry")!;
		expect(button.getAttribute("aria-label")).toBe("New framework entry");
		button.click();
		expect(calls.creates).toBe(1);
	});
});

describe("problems and warnings", () => {
	it("lists each problem and warning with a link that opens its note", () => {
		const { root, calls } = mount();
		const issues = root.querySelector<HTMLDetailsElement>("details.atlas-issues")!;
		expect(issues.hidden).toBe(false);
		expect(issues.querySelector("summary")!.textContent).toContain("1 problem");
		expect(issues.querySelector("summary")!.textContent).toContain("1 warning");
		const problem = issues.querySelector(".atlas-issue-problem")!;
		expect(problem.querySelector(".atlas-issue-link")!.textContent).toBe("Fixtures/broken-yaml.md");
		expect(problem.querySelector(".atlas-issue-message")!.textContent).toMatch(/^Frontmatter is not valid YAML/);
		const warning = issues.querySelector(".atlas-issue-warning")!;
		expect(warning.querySelector(".atlas-issue-message")!.textContent).toBe('repo: "javascript:alert(2)" is not an http(s) link; shown as text');
		problem.querySelector<HTMLAnchorElement>(".atlas-issue-link")!.click();
		expect(calls.opened).toEqual([["Fixtures/broken-yaml.md", false]]);
	});

	it("is hidden without problems and keeps its open state across updates", () => {
		const { root, index } = mount(allNotes().filter(([p]) => !p.startsWith("Fixtures/")));
		const issues = root.querySelector<HTMLDetailsElement>("details.atlas-issues")!;
		expect(issues.hidden).toBe(true);
		index.upsert("Bad.md", "---\ntags: [framework\n---\n");
		expect(issues.hidden).toBe(false);
		issues.open = true;
		index.upsert("Bad2.md", "---\ntags: [framework\n---\n");
		expect(root.querySelector<HTMLDetailsElement>("details.atlas-issues")!.open).toBe(true);
		expect(issues.querySelectorAll(".atlas-issue-problem")).toHaveLength(2);
	});
});

describe("interaction", () => {
	it("opens on click, in a new tab with Ctrl/Cmd or middle click, but not from a repo link", () => {
		const { root, calls } = mount();
		const verl = card(root, "Frameworks/veRL.md");
		verl.querySelector<HTMLElement>(".atlas-card-summary")!.click();
		verl.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
		verl.dispatchEvent(new MouseEvent("click", { bubbles: true, metaKey: true }));
		verl.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, button: 1 }));
		verl.querySelector<HTMLAnchorElement>("a.atlas-card-repo")!.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		expect(calls.opened).toEqual([
			["Frameworks/veRL.md", false],
			["Frameworks/veRL.md", true],
			["Frameworks/veRL.md", true],
			["Frameworks/veRL.md", true],
		]);
	});

	it("reports hovers and context menus per card", () => {
		const { root, calls } = mount();
		card(root, "Frameworks/TRL.md").querySelector(".atlas-card-name")!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		card(root, "Frameworks/vLLM.md").dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		expect(calls.hovered).toEqual(["Frameworks/TRL.md"]);
		expect(calls.menus).toEqual(["Frameworks/vLLM.md"]);
	});

	it("moves focus with arrow keys across cards and stage headers, and Enter opens", () => {
		const { root, calls } = mount();
		const first = card(root, "Frameworks/veRL.md");
		first.focus();
		first.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
		expect(document.activeElement).toBe(card(root, "Frameworks/EasyR1.md"));
		document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
		expect(document.activeElement).toBe(section(root, "deploy").querySelector(".atlas-stage-header"));
		document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", bubbles: true }));
		document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(calls.opened).toEqual([["Frameworks/EasyR1.md", false]]);
		document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
		expect(document.activeElement).toBe(section(root, "learning").querySelector(".atlas-stage-header"));
		expect([...root.querySelectorAll(".atlas-card")].every((c) => c.getAttribute("tabindex") === "0")).toBe(true);
	});

	it("asks the host to switch language and to refresh, and re-labels on setTranslator", () => {
		const { root, calls, renderer } = mount();
		root.querySelector<HTMLButtonElement>(".atlas-lang-toggle")!.click();
		root.querySelector<HTMLButtonElement>(".atlas-refresh")!.click();
		expect(calls.languageToggles).toBe(1);
		expect(calls.refreshes).toBe(1);
		typeFilter(root, "#rl/grpo");
		renderer.setTranslator(translator("zh"));
		expect(section(root, "rl").querySelector(".atlas-stage-label")!.textContent).toBe("强化学习");
		expect(root.querySelector<HTMLInputElement>(".atlas-filter-input")!.value).toBe("#rl/grpo");
		expect(stageCount(root, "rl")).toBe("3 / 10");
	});
});

describe("large vaults", () => {
	it("draws long sections in chunks and lazily, not all cards at once", () => {
		const notes: [string, string][] = [];
		for (let i = 0; i < 2000; i++) notes.push([`Big/f${i}.md`, `---\ntags: [framework]\nstage: ${STAGE_IDS[i % 5]}\nname: Framework ${i}\n---\n`]);
		const { root } = mount(notes, { chunkSize: 40, collapsed: ["deploy"] });
		expect(root.querySelectorAll(".atlas-card")).toHaveLength(4 * 40);
		expect(stageCount(root, "rl")).toBe("400");
		const more = section(root, "rl").querySelector<HTMLButtonElement>(".atlas-show-more")!;
		expect(more.hidden).toBe(false);
		expect(more.textContent).toBe("Show 40 more");
		more.click();
		expect(section(root, "rl").querySelectorAll(".atlas-card")).toHaveLength(80);
		// Wall-clock time is measured in real Chromium (test/browser/dashboard.test.ts); here the point is
		// that 2,000 entries never means 2,000 cards.
	});

	it("a language switch or a reset keeps the cards already loaded, so the reader keeps their place", () => {
		const notes: [string, string][] = [];
		for (let i = 0; i < 500; i++) notes.push([`Big/f${i}.md`, `---\ntags: [framework]\nstage: ${STAGE_IDS[i % 5]}\nname: Framework ${i}\n---\n`]);
		const { index, renderer, root } = mount(notes, { chunkSize: 40 });
		section(root, "rl").querySelector<HTMLButtonElement>(".atlas-show-more")!.click();
		expect(section(root, "rl").querySelectorAll(".atlas-card")).toHaveLength(80);
		renderer.setTranslator(translator("zh"));
		expect(section(renderer.root, "rl").querySelectorAll(".atlas-card")).toHaveLength(80);
		expect(section(renderer.root, "deploy").querySelectorAll(".atlas-card")).toHaveLength(40);
		index.reset(notes);
		expect(section(renderer.root, "rl").querySelectorAll(".atlas-card")).toHaveLength(80);
		expect(section(renderer.root, "rl").querySelector<HTMLButtonElement>(".atlas-show-more")!.textContent).toBe(translator("zh").t("dashboard.showMore", { count: 20 }));
	});
});

describe("while the vault is first read", () => {
	it("shows how far reading is instead of the empty-vault help, then the entries", () => {
		const { root, renderer, index } = mount([]);
		renderer.setLoading({ read: 0, total: null });
		const status = () => root.querySelector(".atlas-dashboard-loading")?.textContent ?? null;
		expect(status()).toBe("Reading notes…");
		expect(root.querySelector(".atlas-empty")).toBeNull();
		expect([...root.querySelectorAll<HTMLElement>(".atlas-stage")].every((s) => s.hidden)).toBe(true);
		renderer.setLoading({ read: 1200, total: 2000 });
		expect(status()).toBe("Reading notes… 1,200 / 2,000");
		expect(root.querySelector(".atlas-dashboard-loading")!.getAttribute("role")).toBe("status");
		for (const [path, text] of allNotes()) index.upsert(path, text);
		renderer.setLoading(null);
		expect(status()).toBeNull();
		expect(cardNames(root, "rl").length).toBeGreaterThan(0);
	});

	it("says so in Chinese, and a vault that really has no entries gets the help once reading is done", () => {
		const { root, renderer } = mount([], { language: "zh" });
		renderer.setLoading({ read: 1200, total: 2000 });
		expect(root.querySelector(".atlas-dashboard-loading")!.textContent).toBe("正在读取笔记… 1,200 / 2,000");
		renderer.setLoading(null);
		expect(root.querySelector(".atlas-dashboard-loading")).toBeNull();
		expect(root.querySelector(".atlas-empty")).not.toBeNull();
	});
});
