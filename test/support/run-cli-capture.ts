import { join } from "node:path";
import type { CliIo } from "../../src/cli/cli-io";
import { runCli } from "../../src/cli/run-cli";
import { nodeMachine } from "../../node/node-machine";

export const REPO_ROOT = join(__dirname, "..", "..");
export const SAMPLE_VAULT = join(REPO_ROOT, "sample-vault");

export interface CliRun {
	code: number;
	out: string;
	err: string;
}

/**
 * Runs the CLI in-process with captured output; the default VAULT is the bundled sample.
 * `now` is the clock the commands see (default: the seed's 2025-07-02 14:01:48, local time);
 * `io` overrides any other part of what the commands are given (another default vault, test seams).
 */
export async function cli(argv: string[], cwd = REPO_ROOT, now: Date = new Date(2025, 6, 2, 14, 1, 48), io: Partial<CliIo> = {}): Promise<CliRun> {
	let out = "";
	let err = "";
	const code = await runCli(argv, {
		out: (text) => (out += text),
		err: (text) => (err += text),
		cwd,
		sampleVault: SAMPLE_VAULT,
		machine: nodeMachine,
		now: () => new Date(now.getTime()),
		...io,
	});
	return { code, out, err };
}
