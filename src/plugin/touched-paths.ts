/** Paths (and whole folders) that vault events touched while a rebuild was reading the vault. */
export class TouchedPaths {
	private readonly paths = new Set<string>();
	private readonly folders = new Set<string>();

	get empty(): boolean {
		return this.paths.size === 0 && this.folders.size === 0;
	}

	touch(path: string, isFolder: boolean): void {
		if (isFolder) this.folders.add(path === "/" ? "" : path + "/");
		else this.paths.add(path);
	}

	covers(path: string): boolean {
		if (this.paths.has(path)) return true;
		for (const prefix of this.folders) if (path.startsWith(prefix)) return true;
		return false;
	}
}
