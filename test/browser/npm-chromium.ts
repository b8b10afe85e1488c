/**
 * The Chromium that ships inside the npm package @sparticuz/chromium (a headless-shell build for Linux x64,
 * brotli-compressed in its bin/ folder, with the NSS libraries it links against). Unpacked once per package
 * version into node_modules/.cache/, never downloaded: npm ci is the only install step.
 *
 * The package's own executablePath() unpacks into a fixed /tmp/chromium that it trusts whenever it exists,
 * which breaks when two jest workers unpack at once (one launches the other's half-written file), when
 * several checkouts share /tmp, or after an upgrade (an older binary stays). So we read its files ourselves
 * and unpack into a private folder that is renamed into place only when complete.
 */
import { execFile } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { NPM_BROWSER_PACKAGE, type NpmBrowserResult } from "./browser-lookup";

export interface NpmChromiumPlace {
	/** The repository root whose node_modules holds the package. */
	root: string;
	platform: NodeJS.Platform;
	arch: string;
}

export async function npmChromium({ root, platform, arch }: NpmChromiumPlace): Promise<NpmBrowserResult> {
	const packageDir = path.join(root, "node_modules", NPM_BROWSER_PACKAGE);
	if (!existsSync(path.join(packageDir, "bin", "chromium.br"))) return { missing: `not installed in ${path.join(root, "node_modules")}` };
	if (platform !== "linux" || arch !== "x64") return { missing: `it holds a build for Linux x64 only, and this is ${platform} ${arch}` };
	const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
	const dir = path.join(root, "node_modules", ".cache", "atlas-chromium", version);
	try {
		if (!existsSync(path.join(dir, "chromium"))) await unpackOnce(path.join(packageDir, "bin"), dir);
	} catch (error) {
		return { missing: `version ${version} could not be unpacked into ${dir}: ${(error as Error).message}` };
	}
	const libraries = path.join(dir, "al2023", "lib");
	return { executablePath: path.join(dir, "chromium"), source: "npm", env: { LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":") } };
}

/** Unpacks into a folder of this process, then renames it to `dir`; another worker that got there first wins. */
async function unpackOnce(bin: string, dir: string): Promise<void> {
	const staging = `${dir}.partial-${process.pid}-${Date.now()}`;
	mkdirSync(path.join(staging, "al2023"), { recursive: true });
	// Settled, not raced: a failure must not delete the folder while another step still writes into it.
	const steps = await Promise.allSettled([
		unbrotli(path.join(bin, "chromium.br"), path.join(staging, "chromium"), 0o755),
		// SwiftShader's GL libraries sit beside the binary, which loads them from its own folder.
		untarBrotli(path.join(bin, "swiftshader.tar.br"), staging),
		// NSS, NSPR and expat, so the build runs on a machine without them (LD_LIBRARY_PATH points here).
		untarBrotli(path.join(bin, "al2023.tar.br"), path.join(staging, "al2023")),
	]);
	const failed = steps.find((step): step is PromiseRejectedResult => step.status === "rejected");
	try {
		if (failed) throw failed.reason;
		renameSync(staging, dir);
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		if (!existsSync(path.join(dir, "chromium"))) throw error;
	}
}

function unbrotli(from: string, to: string, mode: number): Promise<void> {
	return pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to, { mode }));
}

/** The archives are plain tar files; tar is on every Linux this build runs on. */
async function untarBrotli(archive: string, into: string): Promise<void> {
	const tarFile = path.join(into, `${path.basename(archive, ".br")}.unpacking`);
	await unbrotli(archive, tarFile, 0o600);
	await new Promise<void>((resolve, reject) => {
		execFile("tar", ["-x", "--no-same-owner", "-f", tarFile, "-C", into], (error, _stdout, stderr) => {
			if (error) reject(new Error(`tar could not unpack ${path.basename(archive)}: ${stderr.trim() || error.message}`));
			else resolve();
		});
	});
	rmSync(tarFile);
}
