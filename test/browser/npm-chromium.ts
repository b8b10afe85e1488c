/**
 * The Chromium that ships inside the npm package @sparticuz/chromium (a headless-shell build for Linux x64,
 * brotli-compressed in its bin/ folder, with the NSS libraries it links against). Unpacked once per package
 * version into node_modules/.cache/, never downloaded: npm ci is the only install step.
 *
 * The package's own executablePath() unpacks into a fixed /tmp/chromium that it trusts whenever it exists,
 * which breaks when two jest workers unpack at once (one launches the other's half-written file), when
 * several checkouts share /tmp, or after an upgrade (an older binary stays). So we read its files ourselves
 * and unpack into a private folder that is renamed into place only when complete. Synchronously: the
 * lookup runs while a test file is loaded, before any test is declared (see requireBrowser in harness.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { NPM_BROWSER_PACKAGE, type NpmBrowserResult } from "./browser-lookup";

export interface NpmChromiumPlace {
	/** The repository root whose node_modules holds the package. */
	root: string;
	platform: NodeJS.Platform;
	arch: string;
}

export function npmChromium({ root, platform, arch }: NpmChromiumPlace): NpmBrowserResult {
	const packageDir = path.join(root, "node_modules", NPM_BROWSER_PACKAGE);
	if (!existsSync(path.join(packageDir, "bin", "chromium.br"))) return { missing: `not installed in ${path.join(root, "node_modules")}` };
	if (platform !== "linux" || arch !== "x64") return { missing: `it holds a build for Linux x64 only, and this is ${platform} ${arch}` };
	const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
	const dir = path.join(root, "node_modules", ".cache", "atlas-chromium", version);
	try {
		if (!existsSync(path.join(dir, "chromium"))) unpackOnce(path.join(packageDir, "bin"), dir);
	} catch (error) {
		return { missing: `version ${version} could not be unpacked into ${dir}: ${(error as Error).message}` };
	}
	const libraries = path.join(dir, "al2023", "lib");
	return { executablePath: path.join(dir, "chromium"), source: "npm", env: { LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":") } };
}

/** Unpacks into a folder of this process, then renames it to `dir`; another worker that got there first wins. */
function unpackOnce(bin: string, dir: string): void {
	const staging = `${dir}.partial-${process.pid}-${Date.now()}`;
	try {
		mkdirSync(path.join(staging, "al2023"), { recursive: true });
		writeFileSync(path.join(staging, "chromium"), brotliDecompressSync(readFileSync(path.join(bin, "chromium.br"))), { mode: 0o755 });
		// SwiftShader's GL libraries sit beside the binary, which loads them from its own folder.
		untarBrotli(path.join(bin, "swiftshader.tar.br"), staging);
		// NSS, NSPR and expat, so the build runs on a machine without them (LD_LIBRARY_PATH points here).
		untarBrotli(path.join(bin, "al2023.tar.br"), path.join(staging, "al2023"));
		renameSync(staging, dir);
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		if (!existsSync(path.join(dir, "chromium"))) throw error;
	}
}

/** The archives are plain tar files; tar is on every Linux this build runs on. */
function untarBrotli(archive: string, into: string): void {
	const tarFile = path.join(into, `${path.basename(archive, ".br")}.unpacking`);
	writeFileSync(tarFile, brotliDecompressSync(readFileSync(archive)));
	try {
		execFileSync("tar", ["-x", "--no-same-owner", "-f", tarFile, "-C", into], { stdio: ["ignore", "ignore", "pipe"] });
	} catch (error) {
		const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
		throw new Error(`tar could not unpack ${path.basename(archive)}: ${stderr || (error as Error).message}`);
	}
	rmSync(tarFile);
}
