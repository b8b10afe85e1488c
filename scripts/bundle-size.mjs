// node scripts/bundle-size.mjs: builds the plugin bundle in memory with the production options
// and prints its size (raw and gzip) with a per-package breakdown, to see what main.js is made of.
import esbuild from "esbuild";
import { gzipSync } from "node:zlib";
import { pluginOptions } from "../esbuild.config.mjs";

const KB = 1024;
const result = await esbuild.build({ ...pluginOptions, minify: true, sourcemap: false, logLevel: "warning", write: false, metafile: true });
const bundle = result.outputFiles[0].contents;
const inputs = Object.values(result.metafile.outputs)[0].inputs;

/** node_modules files group by package, our own by their first two folders under src/. */
function groupOf(file) {
	const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
	if (pkg) return pkg[1];
	return file.split("/").slice(0, 3).join("/");
}

const groups = new Map();
for (const [file, info] of Object.entries(inputs)) groups.set(groupOf(file), (groups.get(groupOf(file)) ?? 0) + info.bytesInOutput);
const kb = (bytes) => (bytes / KB).toFixed(1).padStart(6);
const lines = [`main.js ${kb(bundle.length)} KB minified, ${kb(gzipSync(bundle, { level: 9 }).length)} KB gzip`];
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) lines.push(`  ${kb(bytes)} KB  ${group}`);
process.stdout.write(lines.join("\n") + "\n");
