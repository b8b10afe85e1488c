import { join } from "node:path";
import { runCli } from "../../src/cli/run-cli";

export const REPO_ROOT = join(__dirname, "..", "..");

/** Runs one `atlas` invocation in-process and captures its output. */
export async function atlas(argv: string[], cwd = REPO_ROOT): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const code = await runCli(argv, {
		out: (text) => (out += text),
		err: (text) => (err += text),
		cwd,
		sampleVault: join(REPO_ROOT, "sample-vault"),
		// A fixed moment: 2026-11-27 09:30 local time.
		now: () => new Date(2026, 10, 27, 9, 30),
	});
	return { code, out, err };
}
