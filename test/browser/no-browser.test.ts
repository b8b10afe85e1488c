// A machine with no browser at all, as a new contributor's may be: every browser suite fails once, with the
// same message saying what was looked for and how to provide one; nothing is skipped and nothing is traced.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./harness";

jest.setTimeout(120_000);

interface JestJson {
	numTotalTestSuites: number;
	numRuntimeErrorTestSuites: number;
	numTotalTests: number;
	numPassedTests: number;
	numPendingTests: number;
	testResults: { name: string; message: string; status: string }[];
}

const BROWSER_SUITES = readdirSync(__dirname)
	.filter((file) => file.endsWith(".test.ts"))
	.filter((file) => readFileSync(path.join(__dirname, file), "utf8").includes("\nrequireBrowser();"))
	.map((file) => path.join(__dirname, file));

function runJest(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
	return new Promise((resolve) => {
		execFile(process.execPath, [path.join(ROOT, "node_modules/jest/bin/jest.js"), ...args], { cwd: ROOT, env, maxBuffer: 16 << 20 }, (error, stdout) => {
			resolve({ code: typeof error?.code === "number" ? error.code : 0, stdout });
		});
	});
}

it("fails every browser suite with the same single message when no browser can be found", async () => {
	expect(BROWSER_SUITES.map((file) => path.basename(file))).toEqual(expect.arrayContaining(["harness.test.ts", "dashboard.test.ts", "import-export.test.ts", "query-results.test.ts", "templates-modal.test.ts"]));
	const dir = mkdtempSync(path.join(tmpdir(), "atlas-no-browser-"));
	const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_SYSTEM_BROWSER: "0", ATLAS_NPM_BROWSER: "0", ATLAS_TEST_NO_BUILD: "1" };
	delete env.ATLAS_CHROMIUM;
	try {
		const output = path.join(dir, "results.json");
		const run = await runJest(["--ci", "--json", `--outputFile=${output}`, "--runTestsByPath", ...BROWSER_SUITES], env);
		expect(run.code).toBe(1);
		const results = JSON.parse(readFileSync(output, "utf8")) as JestJson;
		expect(results.numTotalTestSuites).toBe(BROWSER_SUITES.length);
		expect(results.numRuntimeErrorTestSuites).toBe(BROWSER_SUITES.length);
		expect([results.numTotalTests, results.numPassedTests, results.numPendingTests]).toEqual([0, 0, 0]);
		expect(run.stdout.trim().split("\n").at(-1)).toBe(`0 passed, ${BROWSER_SUITES.length} failed`);

		const messages = new Set(results.testResults.map((suite) => suite.message));
		expect(messages.size).toBe(1);
		const message = [...messages][0]!;
		expect(message.split("\n").map((line) => line.trim())).toEqual([
			"● Test suite failed to run",
			"",
			"No Chromium for the browser tests. Looked for:",
			"- ATLAS_CHROMIUM: not set",
			"- a system Chromium or Chrome: skipped (ATLAS_SYSTEM_BROWSER=0)",
			"- the Chromium in the npm package @sparticuz/chromium: skipped (ATLAS_NPM_BROWSER=0)",
			"To provide one: run `npm ci` (on Linux x64 it installs a Chromium with the dev dependencies), or install Chromium or Google Chrome, or set ATLAS_CHROMIUM=/path/to/chromium.",
			"",
		]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
