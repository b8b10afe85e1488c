import { join } from "node:path";
import { runCli } from "../../src/cli/run-cli";

export const REPO_ROOT = join(__dirname, "..", "..");
export const SAMPLE_VAULT = join(REPO_ROOT, "sample-vault");

/** Runs the CLI in-process with captured output; the default VAULT is the bundled sample. */
export async function cli(argv: string[], cwd = REPO_ROOT): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const code = await runCli(argv, {
		out: (text) => (out += text),
		err: (text) => (err += text),
		cwd,
		sampleVault: SAMPLE_VAULT,
		now: () => new Date(2025, 6, 2, 14, 1, 48),
	});
	return { code, out, err };
}
