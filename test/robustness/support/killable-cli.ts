import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { isAtomicTempName } from "../../../node/atomic-write";
import { REPO_ROOT } from "../../support/run-cli-capture";

const CLI = join(REPO_ROOT, "dist", "cli.js");

/** The vault's configuration folder; a file Obsidian writes there (app.json) lets the CLI find the vault. */
export const CONFIG_DIR = ".obsidian";
export const PLUGIN_DIR = `${CONFIG_DIR}/plugins/framework-atlas`;

export interface Run {
	code: number | null;
	/** SIGKILLed before it exited by itself. */
	killed: boolean;
	ms: number;
}

const running = new Set<ChildProcess>();

/** Runs the built CLI (dist/cli.js); with `killAfter`, SIGKILLs it that many milliseconds after the spawn. */
export function runCli(args: readonly string[], killAfter?: number, env: Record<string, string> = {}): Promise<Run> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(process.execPath, [CLI, ...args], { stdio: "ignore", env: { ...process.env, ...env } });
		running.add(child);
		let killed = false;
		const timer = killAfter === undefined ? undefined : globalThis.setTimeout(() => void (killed = child.kill("SIGKILL")), killAfter);
		child.on("error", (error) => {
			globalThis.clearTimeout(timer);
			running.delete(child);
			reject(error);
		});
		child.on("exit", (code) => {
			globalThis.clearTimeout(timer);
			running.delete(child);
			resolve({ code, killed: killed && code === null, ms: Date.now() - started });
		});
	});
}

/** For afterAll: no child outlives the test file (jest would otherwise wait for it, or never exit). */
export function killRunning(): void {
	for (const child of running) child.kill("SIGKILL");
	running.clear();
}

/** Every file under `root`, relative, with forward slashes, sorted. */
export function files(root: string): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const item of readdirSync(folder, { withFileTypes: true })) {
			if (item.isDirectory()) walk(join(folder, item.name));
			else found.push(relative(root, join(folder, item.name)).split("\\").join("/"));
		}
	};
	walk(root);
	return found.sort();
}

/** A bounded pseudo-random sequence, so a failing run can be replayed from its seed. */
export function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const CONFIG_FILES = new Set([`${CONFIG_DIR}/app.json`, `${PLUGIN_DIR}/data.json`, `${PLUGIN_DIR}/repo-facts.json`]);

/**
 * The files in `vault` that break the promise: a temporary file with a .md name or where Obsidian
 * indexes (anything not a dot-file), a file that is neither `expected` nor one of our temp files, or in
 * the configuration folder anything but the settings, the facts cache and our temp files beside them.
 */
export function strayFiles(vault: string, expected: RegExp): string[] {
	return files(vault).filter((file) => {
		const name = file.slice(file.lastIndexOf("/") + 1);
		const folder = file.slice(0, Math.max(0, file.lastIndexOf("/")));
		if (name.startsWith(".")) return name.toLowerCase().endsWith(".md") || !isAtomicTempName(name) || (folder.startsWith(CONFIG_DIR) && folder !== PLUGIN_DIR);
		if (file.startsWith(`${CONFIG_DIR}/`)) return !CONFIG_FILES.has(file);
		return !expected.test(file);
	});
}

/** Our temp files anywhere in `vault`: one that appears after a killed run shows the kill landed mid-write. */
export function tempFiles(vault: string): string[] {
	return files(vault).filter((file) => isAtomicTempName(file.slice(file.lastIndexOf("/") + 1)));
}

/** Temp files left in `folder` (none, once an unkilled run has written there). */
export function tempsIn(folder: string): string[] {
	return readdirSync(folder).filter(isAtomicTempName);
}
