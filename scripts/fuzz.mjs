// `npm run fuzz [-- --minutes=N]`: the property tests (test/properties) with 100 times the runs CI
// uses, round after round with a fresh seed until N minutes have passed (default: one round).
// Prints the seed and path of every failure; replay one with
// `ATLAS_FUZZ=1 ATLAS_FUZZ_SEED=<seed> npx jest test/properties -t "<property name>"`.
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";

const minutesArg = process.argv.find((a) => a.startsWith("--minutes="));
const minutes = minutesArg ? Number(minutesArg.slice("--minutes=".length)) : 0;
const deadline = Date.now() + minutes * 60_000;
const started = Date.now();
const failures = [];
let round = 0;

do {
	round++;
	const seed = randomInt(-(2 ** 31), 2 ** 31 - 1);
	const roundStart = Date.now();
	process.stdout.write(`fuzz round ${round}, seed ${seed}: `);
	const run = spawnSync("npx", ["jest", "test/properties", "--maxWorkers=1", "--verbose"], {
		env: { ...process.env, ATLAS_FUZZ: "1", ATLAS_FUZZ_SEED: String(seed) },
		encoding: "utf8",
		maxBuffer: 256 * 1024 * 1024,
	});
	const output = `${run.stdout}\n${run.stderr}`;
	const found = [...output.matchAll(/● (.+?)\n[\s\S]*?(\{ seed: -?\d+, path: "[^"]*"[^}]*\})\s*\n\s*Counterexample: (.*)/g)];
	for (const [, name, replay, counterexample] of found) failures.push({ round, name: name.trim(), replay, counterexample: counterexample.slice(0, 500) });
	const seconds = Math.round((Date.now() - roundStart) / 1000);
	if (run.status === 0) process.stdout.write(`all properties hold (${seconds} s)\n`);
	else {
		process.stdout.write(`FAILED (${seconds} s)\n`);
		for (const f of found) process.stdout.write(`  ${f[1].trim()}\n    ${f[2]}\n    counterexample: ${f[3].slice(0, 500)}\n`);
		if (found.length === 0) process.stdout.write(output.split("\n").filter((l) => /✕|●|Error/.test(l)).slice(0, 40).join("\n") + "\n");
	}
} while (Date.now() < deadline);

const total = Math.round((Date.now() - started) / 60_000);
process.stdout.write(`\n${round} round(s) in ${total} min; ${failures.length} failure(s)\n`);
process.exitCode = failures.length === 0 ? 0 : 1;
