import { resolve } from "node:path";
import { runCli } from "./run-cli";

// dist/cli.js sits one folder below the repository, next to sample-vault/.
const sampleVault = resolve(__dirname, "..", "sample-vault");

void runCli(process.argv.slice(2), {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
	cwd: process.cwd(),
	sampleVault,
	packageRoot: resolve(__dirname, ".."),
	now: () => new Date(),
}).then((code) => {
	process.exitCode = code;
});
