import { cli, REPO_ROOT, type CliRun } from "./run-cli-capture";

export { REPO_ROOT };

/** Runs one `atlas` invocation in-process at a fixed moment: 2026-11-27 09:30 local time. */
export function atlas(argv: string[], cwd = REPO_ROOT): Promise<CliRun> {
	return cli(argv, cwd, new Date(2026, 10, 27, 9, 30));
}
