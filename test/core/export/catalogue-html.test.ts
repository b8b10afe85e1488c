/** @jest-environment jsdom */
import { exportVault, HOSTILE_VAULT, SAMPLE_VAULT } from "../../support/catalogue";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

/** The timeline chart may hold only these SVG elements and presentational attributes. */
const CHART_TAGS = new Set(["g", "rect", "line", "title"]);
const CHART_ATTRIBUTES = new Set(["class", "x", "y", "x1", "x2", "y1", "y2", "width", "height", "viewbox", "preserveaspectratio", "role", "aria-label"]);

/** Everything that could run code or fetch something when the page is opened. */
function activeContent(doc: Document): string[] {
	const found: string[] = [];
	const charts = Array.from(doc.querySelectorAll("svg"));
	for (const chart of charts) {
		if (chart.getAttribute("class") !== "atlas-chart" || chart.parentElement?.className !== "atlas-timeline") found.push("<svg> outside the timeline");
		for (const node of [chart, ...Array.from(chart.querySelectorAll("*"))]) {
			if (node !== chart && !CHART_TAGS.has(node.tagName.toLowerCase())) found.push(`<${node.tagName}> in the chart`);
			for (const attr of Array.from(node.attributes)) if (!CHART_ATTRIBUTES.has(attr.name.toLowerCase())) found.push(`chart ${node.tagName}[${attr.name}]`);
		}
	}
	for (const element of Array.from(doc.querySelectorAll("*"))) {
		const tag = element.tagName.toLowerCase();
		if (tag === "svg" || element.closest("svg")) continue;
		if (["script", "img", "iframe", "object", "embed", "link", "svg", "video", "audio", "source", "form", "base"].includes(tag)) found.push(`<${tag}>`);
		for (const attr of Array.from(element.attributes)) {
			if (/^on/i.test(attr.name) || ["src", "srcset", "action", "formaction", "background", "poster"].includes(attr.name)) found.push(`${tag}[${attr.name}]`);
			if (attr.name === "href" && !/^(https?:\/\/|#stage-)/.test(attr.value)) found.push(`${tag}[href=${attr.value}]`);
		}
	}
	for (const style of Array.from(doc.querySelectorAll("style"))) if (/url\(|@import/i.test(style.textContent ?? "")) found.push("style with url()");
	return found;
}

describe("the HTML catalogue of the sample vault", () => {
	const html = exportVault(SAMPLE_VAULT, "html", "zh");
	const doc = parse(html);

	it("is one self-contained page in the chosen language", () => {
		expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
		expect(doc.documentElement.getAttribute("lang")).toBe("zh-CN");
		expect(doc.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
		expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toContain("default-src 'none'");
		expect(doc.title).toBe("框架目录");
		expect(activeContent(doc)).toEqual([]);
	});

	it("shows every stage in order with its entries, derivatives nested under their parent", () => {
		const sections = Array.from(doc.querySelectorAll("section.atlas-stage"));
		expect(sections.map((s) => s.querySelector("h2")?.firstChild?.textContent)).toEqual(["学习素材", "预训练", "微调", "强化学习", "部署", "未分类"]);
		expect(sections.map((s) => s.querySelectorAll("li.atlas-entry").length)).toEqual([4, 0, 3, 10, 3, 1]);
		expect(sections[1]!.querySelector(".atlas-empty")?.textContent).toBe("暂无");
		const openrlhf = Array.from(doc.querySelectorAll("a.atlas-name")).find((a) => a.textContent === "OpenRLHF")!;
		expect(openrlhf.getAttribute("href")).toBe("https://github.com/OpenRLHF/OpenRLHF");
		const item = openrlhf.closest("li")!;
		expect(item.querySelector(".atlas-star")?.textContent).toBe("★");
		expect(item.querySelector(":scope > ul.atlas-entries > li .atlas-name")?.textContent).toBe("MM-EUREKA");
		const learning = sections[0]!.textContent ?? "";
		expect(learning).toContain("最新来源: 2025-07-02 14:01");
	});

	it("follows the language option", () => {
		const en = parse(exportVault(SAMPLE_VAULT, "html", "en"));
		expect(en.documentElement.lang).toBe("en");
		expect(en.querySelector("section.atlas-stage h2")?.firstChild?.textContent).toBe("Learning materials");
	});
});

describe("the HTML catalogue of hostile notes", () => {
	const html = exportVault(HOSTILE_VAULT, "html", "en");
	const doc = parse(html);

	it("shows hostile text as text and links only to http(s)", () => {
		expect(activeContent(doc)).toEqual([]);
		expect(html).not.toMatch(/<script|<img|<svg(?! class="atlas-chart")|javascript:alert\(1\)"|onerror=alert\(1\)>/i);
		const names = Array.from(doc.querySelectorAll(".atlas-name")).map((n) => n.textContent);
		expect(names).toContain("<img src=x onerror=alert(1)>");
		expect(names).toContain('Child ](javascript:alert(6)) " onmouseover=alert(7) x="');
		expect(doc.body.textContent).toContain("<script>alert(3)</script>");
		// javascript: repo and source URLs are not links; the http(s) ones keep their exact text.
		expect(Array.from(doc.querySelectorAll("a")).map((a) => a.getAttribute("href")).filter((h) => !h!.startsWith("#"))).toEqual([
			'https://example.com/a)b"c',
			'https://github.com/o/r?a=<b>&c="d"',
			"https://github.com/o/plain",
			"https://example.com/new",
		]);
	});
});
