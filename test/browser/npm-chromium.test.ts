// Unpacking the npm-shipped Chromium, on a package laid out like @sparticuz/chromium's (brotli-compressed
// binary and tar archives in bin/), with a small script standing in for the 190 MB browser.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync } from "node:zlib";
import { npmChromium } from "./npm-chromium";

let root: string;
let bin: string;

/** A tar of `files` (name → content), brotli-compressed, as the package ships them. */
function tarBr(files: Record<string, string>): Buffer {
	const dir = mkdtempSync(path.join(tmpdir(), "atlas-tar-"));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		writeFileSync(path.join(dir, name), content);
	}
	const tar = execFileSync("tar", ["-c", "-C", dir, ...Object.keys(files)]);
	rmSync(dir, { recursive: true, force: true });
	return brotliCompressSync(tar);
}

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), "atlas-npm-chromium-"));
	bin = path.join(root, "node_modules/@sparticuz/chromium/bin");
	mkdirSync(bin, { recursive: true });
	writeFileSync(path.join(bin, "../package.json"), JSON.stringify({ name: "@sparticuz/chromium", version: "147.0.0" }));
	writeFileSync(path.join(bin, "chromium.br"), brotliCompressSync(Buffer.from("#!/bin/sh\necho fake chromium $1\n")));
	writeFileSync(path.join(bin, "swiftshader.tar.br"), tarBr({ "libGLESv2.so": "gl", "libEGL.so": "egl" }));
	writeFileSync(path.join(bin, "al2023.tar.br"), tarBr({ "lib/libnss3.so": "nss", "lib/libnspr4.so": "nspr" }));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const linux = () => npmChromium({ root, platform: "linux", arch: "x64" });
const cacheDir = () => path.join(root, "node_modules/.cache/atlas-chromium");

describe("npmChromium", () => {
	it("unpacks the binary, its GL libraries and its NSS libraries into a per-version cache folder", () => {
		const found = linux();
		const dir = path.join(cacheDir(), "147.0.0");
		expect(found).toEqual({ executablePath: path.join(dir, "chromium"), source: "npm", env: { LD_LIBRARY_PATH: expect.stringMatching(new RegExp(`^${path.join(dir, "al2023/lib")}`)) } });
		expect(execFileSync(path.join(dir, "chromium"), ["--version"]).toString()).toBe("fake chromium --version\n");
		expect(readdirSync(dir).sort()).toEqual(["al2023", "chromium", "libEGL.so", "libGLESv2.so"]);
		expect(readdirSync(path.join(dir, "al2023/lib")).sort()).toEqual(["libnspr4.so", "libnss3.so"]);
		// Only the finished folder is left: no staging folder, no decompressed tar.
		expect(readdirSync(cacheDir())).toEqual(["147.0.0"]);
	});

	it("unpacks once: a later lookup reuses the folder", () => {
		linux();
		const first = statSync(path.join(cacheDir(), "147.0.0/chromium")).mtimeMs;
		writeFileSync(path.join(bin, "chromium.br"), "not brotli any more");
		expect("missing" in linux()).toBe(false);
		expect(statSync(path.join(cacheDir(), "147.0.0/chromium")).mtimeMs).toBe(first);
	});

	it("says why when an archive is broken, and leaves nothing half-unpacked behind", () => {
		writeFileSync(path.join(bin, "al2023.tar.br"), brotliCompressSync(Buffer.from("this is not a tar file")));
		const result = linux();
		expect(result).toEqual({ missing: expect.stringMatching(/^version 147\.0\.0 could not be unpacked into .*147\.0\.0: tar could not unpack al2023\.tar\.br: /) });
		expect(readdirSync(cacheDir())).toEqual([]);
	});

	it("is missing, with the reason, off Linux x64 or when the package is not installed", () => {
		expect(npmChromium({ root, platform: "linux", arch: "arm64" })).toEqual({ missing: "it holds a build for Linux x64 only, and this is linux arm64" });
		expect(npmChromium({ root, platform: "darwin", arch: "x64" })).toEqual({ missing: "it holds a build for Linux x64 only, and this is darwin x64" });
		expect(existsSync(cacheDir())).toBe(false);
		rmSync(path.join(root, "node_modules/@sparticuz"), { recursive: true });
		expect(linux()).toEqual({ missing: `not installed in ${path.join(root, "node_modules")}` });
	});
});
