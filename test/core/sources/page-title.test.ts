import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { decodeHtmlEntities } from "../../../src/core/sources/html-entities";
import { MAX_TITLE_CHARS, pageTitle } from "../../../src/core/sources/page-title";

const PAGES = join(__dirname, "../../fixtures/pages");
/** What each fixture page is served with: the Content-Type header decides the charset first. */
const CONTENT_TYPES: Record<string, string> = {
	"utf8-og.html": "text/html; charset=utf-8",
	"gbk-meta.html": "text/html",
	"gb2312-http-equiv.html": "text/html",
	"big5-header.html": 'text/html; charset="Big5"',
	"entities.html": "text/html",
	"no-title.html": "text/html; charset=utf-8",
	"empty-og.html": "text/html",
};

let server: Server;
let base: string;

beforeAll(async () => {
	server = createServer((request, response) => {
		const name = (request.url ?? "/").slice(1);
		const type = CONTENT_TYPES[name];
		if (type === undefined) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { "Content-Type": type }).end(readFileSync(join(PAGES, name)));
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

/** Fetches the raw bytes over real HTTP, as requestUrl hands them to the plugin (arrayBuffer + headers). */
async function titleOf(name: string, fallback = "manual title"): Promise<string> {
	const response = await fetch(`${base}/${name}`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	return pageTitle(bytes, response.headers.get("content-type"), fallback);
}

describe("pageTitle over a local HTTP server", () => {
	it.each([
		["utf8-og.html", "盘一盘，LLM 领域的重要论文 & 笔记"],
		["gbk-meta.html", "强化学习入门指南 —— 从 RLHF 到 GRPO"],
		["gb2312-http-equiv.html", "模型合并报错解决记录"],
		["big5-header.html", "繁體中文標題"],
		["entities.html", 'A <b> "quoted" — 中文 … &unknown; R&D'],
		["no-title.html", "manual title"],
		["empty-og.html", "Real title"],
	])("%s → %s", async (name, expected) => {
		expect(await titleOf(name)).toBe(expected);
	});

	it("the GBK fixture really is GBK bytes (reading it as UTF-8 gives mojibake)", () => {
		const bytes = readFileSync(join(PAGES, "gbk-meta.html"));
		expect(bytes.toString("utf8")).not.toContain("强化学习");
		expect(pageTitle(bytes, "text/html; charset=utf-8", "x")).not.toContain("强化学习");
	});
});

describe("pageTitle edge cases", () => {
	const bytes = (text: string) => new TextEncoder().encode(text);

	it("prefers a header charset over a wrong meta charset", () => {
		const page = new TextEncoder().encode('<meta charset="gbk"><title>中文</title>');
		expect(pageTitle(page, "text/html; charset=UTF-8", "x")).toBe("中文");
	});

	it("falls back to UTF-8 for an unknown charset label", () => {
		expect(pageTitle(bytes("<title>ok 中</title>"), "text/html; charset=x-nonsense", "x")).toBe("ok 中");
	});

	it("cuts an absurdly long title", () => {
		const title = pageTitle(bytes(`<title>${"a".repeat(10_000)}</title>`), null, "x");
		expect(title).toHaveLength(MAX_TITLE_CHARS);
		expect(title.endsWith("…")).toBe(true);
	});

	it("strips tags inside the title and never returns markup", () => {
		expect(pageTitle(bytes("<title>a <script>x</script> b</title>"), null, "x")).toBe("a x b");
	});

	it("decodes numeric and named entities, leaving unknown ones", () => {
		expect(decodeHtmlEntities("&#39;&#x27;&AMP;&nbsp;&#0;&#xD800;&zzz;")).toBe("''& \uFFFD\uFFFD&zzz;");
	});
});
