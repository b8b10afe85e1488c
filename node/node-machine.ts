import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import type { Machine, MachineFiles, PathKind } from "../src/cli/machine";
import { createFileAtomic, replaceFileAtomic, sweepStaleTemps, syncFolder, writeFileAtomic } from "./atomic-write";
import { guardedFetch } from "./guarded-fetch";
import { nodeHttpPort } from "./node-http-port";
import { readIndexCandidates } from "./note-heads";

const files: MachineFiles = {
	readText: (file) => readFileSync(file, "utf8"),
	readBytes: (file) => readFileSync(file),
	exists: (file) => existsSync(file),
	kind: (file): PathKind => {
		try {
			const stat = statSync(file);
			return stat.isDirectory() ? "folder" : stat.isFile() ? "file" : null;
		} catch {
			return null;
		}
	},
	list: (folder) => readdirSync(folder),
	stat: (file) => {
		const stat = statSync(file);
		return { modifiedMs: stat.mtimeMs, mode: stat.mode };
	},
	makeFolder: (folder) => void mkdirSync(folder, { recursive: true }),
	rename: (from, to) => renameSync(from, to),
	writeAtomic: writeFileAtomic,
	replaceAtomic: replaceFileAtomic,
	createAtomic: createFileAtomic,
	syncFolder,
	sweepStaleTemps,
	readIndexCandidates,
};

/** The CLI's machine on Node: its fs, path, http/https (under our policies) and child processes. */
export const nodeMachine: Machine = {
	files,
	paths: path,
	http: nodeHttpPort,
	fetchPage: guardedFetch,
	// As `npm run build` does after type-checking, in its own Node process.
	buildPlugin: (packageRoot) => void execFileSync(process.execPath, [path.join(packageRoot, "esbuild.config.mjs"), "production"], { cwd: packageRoot, stdio: "pipe" }),
};
