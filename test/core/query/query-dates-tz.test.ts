import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";

/**
 * Date bounds compare local wall-clock text, so the machine's zone must not matter. jest's sandbox
 * cannot change the zone of a running process, so the queries run in child processes, one per TZ,
 * from a small bundle of the real core; each child also reports its offset to prove the zone applied.
 */
const ZONES = ["Asia/Shanghai", "UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
const QUERIES = ["after:2025-06-25", "before:2025-06-26", "after:2025-06-25T23:30", "after:2025-06-26", "before:2025-06-25", "after:2025-06-30 sort:-date"];
const ROOT = resolve(__dirname, "..", "..", "..");

const SCRIPT = `
import { buildIndex } from ${JSON.stringify(join(ROOT, "src/core/index/build-index"))};
import { readVaultNotes } from ${JSON.stringify(join(ROOT, "node/vault-files"))};
import { parseQuery } from ${JSON.stringify(join(ROOT, "src/core/query/parse-query"))};
import { runQuery } from ${JSON.stringify(join(ROOT, "src/core/query/run-query"))};
const out = { offset: new Date(2025, 5, 25, 12).getTimezoneOffset(), answers: {} };
for (const vault of ["sample-vault", "test/fixtures/query"]) {
	const index = buildIndex(readVaultNotes(${JSON.stringify(ROOT)} + "/" + vault), {});
	for (const text of ${JSON.stringify(QUERIES)}) {
		const parsed = parseQuery(text, index.parseOptions().vocabulary);
		out.answers[vault + " " + text] = parsed.ok ? runQuery(parsed.query, index.snapshot()).entries.map((e) => e.name) : parsed.error.code;
	}
}
process.stdout.write(JSON.stringify(out));
`;

describe("date bounds under other time zones", () => {
	let dir: string;
	let bundle: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "atlas-query-tz-"));
		writeFileSync(join(dir, "entry.ts"), SCRIPT);
		bundle = join(dir, "run.js");
		buildSync({ entryPoints: [join(dir, "entry.ts")], bundle: true, platform: "node", outfile: bundle, logLevel: "silent" });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("give the same answers in every zone", () => {
		const results = ZONES.map((zone) => JSON.parse(execFileSync("node", [bundle], { env: { ...process.env, TZ: zone }, encoding: "utf8" })) as { offset: number; answers: Record<string, unknown> });
		expect(new Set(results.map((r) => r.offset)).size).toBe(ZONES.length);
		for (const r of results) expect(r.answers).toEqual(results[0]!.answers);
		const answers = results[0]!.answers;
		expect(answers["test/fixtures/query after:2025-06-25T23:30"]).toEqual(["Late Night", "Early Bird"]);
		expect(answers["test/fixtures/query after:2025-06-26"]).toEqual(["Early Bird"]);
		expect(answers["sample-vault after:2025-06-30 sort:-date"]).toEqual(["机器学习 Q 与 AI：30 个必备问答", "盘一盘，2017年Transformer之后，LLM领域的重要论文"]);
	}, 30000);
});
