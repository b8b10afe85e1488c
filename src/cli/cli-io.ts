import type { HttpPort } from "../core/repo-facts/http-port";
import type { REFRESH_LIMITS } from "../core/repo-facts/refresh-facts";
import type { Machine } from "./machine";

/** All a CLI command may touch: lets tests run commands in-process. */
export interface CliIo {
	/** Files, paths, network, child processes (node/node-machine.ts on Node). */
	machine: Machine;
	out(text: string): void;
	err(text: string): void;
	cwd: string;
	/** The bundled sample vault, the default VAULT. */
	sampleVault: string;
	now: () => Date;
	/** The folder holding the plugin's main.js, manifest.json, styles.css (and its build script); default: the sample vault's parent. */
	packageRoot?: string;
	/** Test seam: runs inside add-source between reading the note and replacing it (to simulate a concurrent edit). */
	beforeRename?: (path: string) => void;
	/** Environment variables (ATLAS_*_API, GITHUB_TOKEN); process.env in the real CLI. */
	env?: Readonly<Record<string, string | undefined>>;
	/** Progress text that replaces the previous one; only set when stderr is a terminal. "" clears it. */
	progress?: (text: string) => void;
	/** Test seam: the network for `atlas repos` instead of the machine's. */
	http?: HttpPort;
	/** Test seam: shorter timeouts or a smaller body cap than the real limits. */
	repoFactsLimits?: Partial<typeof REFRESH_LIMITS>;
	/** Test seam: hosts `--fetch-title` may reach although private (a local test server on 127.0.0.1). */
	fetchAllowHosts?: readonly string[];
	/** Test seam: a shorter time limit for fetches than the policy's default. */
	fetchTimeoutMs?: number;
}

/** Exit codes: 0 done, 1 the job failed (or --strict found problems), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
