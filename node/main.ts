import { resolve } from "node:path";
import { runCli } from "../src/cli/run-cli";
import { nodeMachine } from "./node-machine";

// The CLI bundle's entry (dist/cli.js): the process's arguments, environment and streams, and the Node
// machine, handed to the CLI in src/cli, which never touches Node itself.
// dist/cli.js sits one folder below the repository, next to sample-vault/.
const sampleVault = resolve(__dirname, "..", "sample-vault");

void runCli(process.argv.slice(2), {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
	cwd: process.cwd(),
	sampleVault,
	packageRoot: resolve(__dirname, ".."),
	now: () => new Date(),
	env: process.env,
	machine: nodeMachine,
	// A progress line only where a person watches it; redirected stderr gets the summary alone.
	...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(`\r\x1b[K${text}`) } : {}),
}).then((code) => {
	process.exitCode = code;
});
