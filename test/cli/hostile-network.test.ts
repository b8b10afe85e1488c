/**
 * `atlas add-source --fetch-title` against a local HTTP server (127.0.0.1 only, allowed through the
 * test seam) serving hostile answers: a body over the cap (declared and chunked), one that never
 * ends, redirects to file:, javascript:, private and link-local addresses, a redirect loop, a gzip
 * bomb, an unknown content encoding, invalid charsets. Each is refused with a message naming the
 * rule, exit 1, and the note is left byte for byte as it was.
 */
import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { cli } from "../support/run-cli-capture";

const NOTE = "---\ntags: [framework]\nname: veRL\n---\n\n## Sources\n\n- 2025-06-30 16:37:19 [old](https://example.org/old)\n";
const MB = 1024 * 1024;
const GZIP_BOMB = gzipSync(Buffer.alloc(200 * MB));

const ROUTES: Record<string, (res: import("node:http").ServerResponse) => void> = {
	"/ok": (res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<html><head><title>Fine &#27;[31mtitle\u0007 \u202eok</title></head></html>"),
	"/gbk": (res) => res.writeHead(200, { "content-type": "text/html; charset=gbk" }).end(Buffer.from([0x3c, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e, 0xd6, 0xd0, 0xce, 0xc4, 0x3c, 0x2f, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e])),
	"/big": (res) => res.writeHead(200, { "content-type": "text/html", "content-length": String(3 * MB) }).end(Buffer.alloc(3 * MB, 0x61)),
	"/big-chunked": (res) => {
		res.writeHead(200, { "content-type": "text/html" });
		for (let i = 0; i < 30; i++) res.write(Buffer.alloc(100 * 1024, 0x61));
		res.end();
	},
	"/never": (res) => {
		res.writeHead(200, { "content-type": "text/html" });
		res.write("<html><head><title>never ends");
	},
	"/gzip-bomb": (res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(GZIP_BOMB),
	"/compress": (res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "compress" }).end("x"),
	"/bad-charset": (res) => res.writeHead(200, { "content-type": "text/html; charset=x-no-such-charset" }).end(Buffer.from([0x3c, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e, 0xff, 0xfe, 0xd6, 0x3c, 0x2f, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e])),
	"/lying-charset": (res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(Buffer.from([0x3c, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e, 0xd6, 0xd0, 0xce, 0xc4, 0x3c, 0x2f, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e])),
	"/to-file": (res) => res.writeHead(302, { location: "file:///etc/passwd" }).end(),
	"/to-javascript": (res) => res.writeHead(301, { location: "javascript:alert(1)" }).end(),
	"/to-private": (res) => res.writeHead(302, { location: "http://10.0.0.1/admin" }).end(),
	"/to-metadata": (res) => res.writeHead(307, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
	"/to-localhost": (res) => res.writeHead(302, { location: "http://localhost:1/" }).end(),
	"/to-ipv6-loopback": (res) => res.writeHead(302, { location: "http://[::1]:1/" }).end(),
	"/to-mapped": (res) => res.writeHead(302, { location: "http://[::ffff:192.168.0.1]/" }).end(),
	"/loop": (res) => res.writeHead(302, { location: "/loop" }).end(),
	"/to-ok": (res) => res.writeHead(302, { location: "/ok" }).end(),
	"/gone": (res) => res.writeHead(500).end("boom"),
};

let server: Server;
let base: string;
let folder: string;
beforeAll(async () => {
	server = createServer((req, res) => (ROUTES[req.url ?? ""] ?? ((r) => r.writeHead(404).end()))(res));
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const address = server.address();
	base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
	folder = mkdtempSync(join(tmpdir(), "atlas-net-"));
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
	rmSync(folder, { recursive: true, force: true });
});

async function addSource(route: string, lang = "en") {
	const note = join(folder, `note-${route.replace(/\W/g, "")}-${lang}.md`);
	writeFileSync(note, NOTE);
	const run = await cli(["add-source", note, "--url", `${base}${route}`, "--fetch-title", "--lang", lang], folder, undefined, { fetchAllowHosts: ["127.0.0.1"], fetchTimeoutMs: 1500 });
	return { ...run, text: readFileSync(note, "utf8") };
}

describe("atlas add-source --fetch-title", () => {
	test("a good page: its title, without control or bidi characters", async () => {
		const { code, err, text } = await addSource("/ok");
		expect({ code, err }).toEqual({ code: 0, err: "" });
		expect(text).toContain(`Wednesday Fine [31mtitle ok ${base}/ok\n`);
		expect([...text].filter((c) => /\p{Cc}/u.test(c) && c !== "\n")).toEqual([]);
		expect(text).not.toContain("\u202e");
	});

	test("a redirect to a good page and a GBK page work", async () => {
		expect((await addSource("/to-ok")).text).toContain(`Wednesday Fine [31mtitle ok ${base}/to-ok\n`);
		expect((await addSource("/gbk")).text).toContain(`Wednesday 中文 ${base}/gbk\n`);
	});

	it.each([
		["/big", "is larger than 2 MB"],
		["/big-chunked", "is larger than 2 MB"],
		["/gzip-bomb", "is larger than 2 MB (or unpacks to more)"],
		["/never", "did not answer completely within 1.5 seconds"],
		["/to-file", "file:///etc/passwd is not an http(s) address"],
		["/to-javascript", "javascript:alert(1) is not an http(s) address"],
		["/to-private", "http://10.0.0.1/admin points to this computer or a private network"],
		["/to-metadata", "http://169.254.169.254/latest/meta-data/ points to this computer or a private network"],
		["/to-localhost", "http://localhost:1/ points to this computer"],
		["/to-ipv6-loopback", "http://[::1]:1/ points to this computer"],
		["/to-mapped", "points to this computer or a private network"],
		["/loop", "too many redirects"],
		["/compress", "could not be decoded"],
		["/bad-charset", "could not be decoded"],
		["/lying-charset", "could not be decoded"],
		["/gone", "answered HTTP 500"],
	])("%s: refused (%s), exit 1, the note unchanged", async (route, message) => {
		const { code, out, err, text } = await addSource(route);
		expect({ code, out }).toEqual({ code: 1, out: "" });
		expect(err).toContain(message);
		expect(err).toContain("Nothing was written.");
		expect(text).toBe(NOTE);
	});

	test("the refusal speaks Chinese with --lang zh", async () => {
		const { code, err, text } = await addSource("/to-file", "zh");
		expect(code).toBe(1);
		expect(err).toBe("未获取标题：file:///etc/passwd 不是 http(s) 地址。未写入任何内容。\n");
		expect(text).toBe(NOTE);
	});

	test("without the test seam, the local server itself is a private address", async () => {
		const note = join(folder, "no-seam.md");
		writeFileSync(note, NOTE);
		const { code, err } = await cli(["add-source", note, "--url", `${base}/ok`, "--fetch-title"], folder);
		expect(code).toBe(1);
		expect(err).toContain("points to this computer or a private network");
		expect(readFileSync(note, "utf8")).toBe(NOTE);
	});
});
