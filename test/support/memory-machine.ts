import path from "node:path";
import type { Machine, MachineFiles, PathKind } from "../../src/cli/machine";

/**
 * A Machine whose disk is a map in memory (POSIX paths), no network and no child processes: runs CLI
 * commands without touching the real machine, which shows src/cli reaches it only through the port.
 * Listing, writes and errors behave as node/node-machine.ts's (ENOENT on a missing file; a create
 * refuses an existing one; folders must exist before a file is written into them).
 */
export class MemoryMachine implements Machine {
	readonly paths = path.posix;
	readonly writes: string[] = [];
	private readonly fileBytes = new Map<string, Uint8Array>();
	private readonly folders = new Set<string>(["/"]);
	private clock = 1;
	private readonly modified = new Map<string, number>();

	constructor(files: Record<string, string> = {}) {
		for (const [file, text] of Object.entries(files)) this.put(file, text);
	}

	/** Puts a file (and its folders) in place, as a setup step; not counted as a write. */
	put(file: string, data: string | Uint8Array): void {
		this.makeFolders(path.posix.dirname(file));
		this.fileBytes.set(file, typeof data === "string" ? new TextEncoder().encode(data) : data);
		this.modified.set(file, this.clock++);
	}

	text(file: string): string | undefined {
		const bytes = this.fileBytes.get(file);
		return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
	}

	readonly files: MachineFiles = {
		readText: (file) => new TextDecoder().decode(this.bytes(file)),
		readBytes: (file) => this.bytes(file),
		exists: (file) => this.kindOf(file) !== null,
		kind: (file) => this.kindOf(file),
		list: (folder) => {
			if (!this.folders.has(folder)) throw missing(folder);
			const prefix = folder === "/" ? "/" : `${folder}/`;
			const names = [...this.fileBytes.keys(), ...this.folders].filter((p) => p.startsWith(prefix) && p !== folder && !p.slice(prefix.length).includes("/"));
			return names.map((p) => p.slice(prefix.length));
		},
		stat: (file) => {
			if (this.kindOf(file) === null) throw missing(file);
			return { modifiedMs: this.modified.get(file) ?? 0, mode: 0o644 };
		},
		makeFolder: (folder) => this.makeFolders(folder),
		rename: (from, to) => {
			const bytes = this.bytes(from);
			this.fileBytes.delete(from);
			this.write(to, bytes);
		},
		writeAtomic: (file, data) => this.write(file, data),
		replaceAtomic: (file, data, options) => {
			if (options?.beforeCommit && !options.beforeCommit()) return false;
			this.write(file, data);
			return true;
		},
		createAtomic: (file, data) => {
			if (this.kindOf(file) !== null) return "exists";
			this.write(file, data);
			return "created";
		},
		sweepStaleTemps: () => undefined,
		// Memory has no disk to sync to.
		syncFolder: () => undefined,
		readIndexCandidates: (root) => {
			// Every note is a candidate: an index built from these equals one built from the heads.
			const notes = this.markdownFiles(root).map((file): [string, string] => [path.posix.relative(root, file), this.files.readText(file)]);
			return { notes, bytesRead: notes.reduce((sum, [, text]) => sum + text.length, 0) };
		},
	};

	readonly http: Machine["http"] = () => Promise.reject(new Error("the memory machine has no network"));
	fetchPage(): never {
		throw new Error("the memory machine has no network");
	}
	buildPlugin(): never {
		throw new Error("the memory machine runs no child processes");
	}

	private markdownFiles(folder: string): string[] {
		const found: string[] = [];
		for (const name of this.files.list(folder).sort((a, b) => (a < b ? -1 : 1))) {
			const full = path.posix.join(folder, name);
			if (this.folders.has(full)) {
				if (!/^(\..*|node_modules)$/.test(name)) found.push(...this.markdownFiles(full));
			} else if (name.toLowerCase().endsWith(".md")) found.push(full);
		}
		return found;
	}

	private bytes(file: string): Uint8Array {
		const bytes = this.fileBytes.get(file);
		if (bytes === undefined) throw missing(file);
		return bytes;
	}

	private kindOf(file: string): PathKind {
		return this.fileBytes.has(file) ? "file" : this.folders.has(file) ? "folder" : null;
	}

	private write(file: string, data: string | Uint8Array): void {
		if (!this.folders.has(path.posix.dirname(file))) throw missing(path.posix.dirname(file));
		this.writes.push(file);
		this.fileBytes.set(file, typeof data === "string" ? new TextEncoder().encode(data) : data);
		this.modified.set(file, this.clock++);
	}

	private makeFolders(folder: string): void {
		for (let at = folder; !this.folders.has(at); at = path.posix.dirname(at)) this.folders.add(at);
	}
}

function missing(file: string): Error {
	return Object.assign(new Error(`ENOENT: no such file or directory, '${file}'`), { code: "ENOENT" });
}
