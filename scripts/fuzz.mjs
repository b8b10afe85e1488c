// `npm run fuzz [-- --minutes=N]`: the property tests (test/properties) with 100 times the runs CI
// uses, one property file at a time (so results show as they come), round after round with a fresh
// seed until N minutes have passed (default: one round). Prints the seed and path of every failure;
// replay one with `ATLAS_FUZZ=1 ATLAS_FUZZ_SEED=<seed> npx jest <file> -t "<property name>"`.
import { spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { readdirSync } from "node:fs";

const minutesArg = process.argv.find((a) => a.startsWith("--minutes="));
const minutes = minutesArg ? Number(minutesArg.slice("--minutes=".length)) : 0;
const deadline = Date.now() + minutes * 60_000;
const started = Date.now();
const files = readdirSync("test/properties").filter((f) => f.endsWith(".property.test.ts")).sort();
const failures = [];
let round = 0;
let ranFiles = 0;

function runFile(file, seed) {
	return new Promise((resolve) => {
		const child = spawn("npx", ["jest", `test/properties/${file}`, "--verbose"], {
			env: { ...process.env, ATLAS_FUZZ: "1", ATLAS_FUZZ_SEED: String(seed), ATLAS_TEST_NO_BUILD: "1" },
		});
		let output = "";
		child.stdout.on("data", (d) => (output += d));
		child.stderr.on("data", (d) => (output += d));
		child.on("close", (status) => resolve({ status, output }));
	});
}

do {
	round++;
	for (const file of files) {
		const seed = randomInt(-(2 ** 31), 2 ** 31 - 1);
		const fileStart = Date.now();
		const { status, output } = await runFile(file, seed);
		ranFiles++;
		const seconds = Math.round((Date.now() - fileStart) / 1000);
		const lines = output.split("\n").filter((l) => /^\s+[✓✕]/.test(l)).map((l) => `    ${l.trim()}`);
		process.stdout.write(`round ${round} ${file} (seed ${seed}, ${seconds} s): ${status === 0 ? "all hold" : "FAILED"}\n${lines.join("\n")}\n`);
		for (const [, name, replay, counterexample] of output.matchAll(/● (.+?)\n[\s\S]*?(\{ seed: -?\d+, path: "[^"]*"[^}]*\})\s*\n\s*Counterexample: (.*)/g)) {
			failures.push({ file, name: name.trim(), replay });
			process.stdout.write(`  FAILURE ${name.trim()}\n    replay: ${replay}\n    counterexample: ${counterexample.slice(0, 500)}\n`);
		}
		if (status !== 0 && failures.every((f) => f.file !== file)) process.stdout.write(output.split("\n").filter((l) => /●|Error|Expected|Received/.test(l)).slice(0, 30).join("\n") + "\n");
		if (minutes > 0 && Date.now() >= deadline) break;
	}
} while (Date.now() < deadline);

const total = Math.round((Date.now() - started) / 60_000);
process.stdout.write(`\n${ranFiles} property file run(s) in ${round} round(s), ${total} min; ${failures.length} failure(s)\n`);
process.exitCode = failures.length === 0 ? 0 : 1;
