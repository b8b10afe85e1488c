import { joinPath } from "../import/note-paths";

/** `folder/base.ext`, or `base 2.ext`, `base 3.ext`, … : the first path `exists` says is free. */
export function uniqueFilePath(folder: string, base: string, extension: string, exists: (path: string) => boolean): string {
	for (let n = 1; ; n++) {
		const path = joinPath(folder, `${n === 1 ? base : `${base} ${n}`}.${extension}`);
		if (!exists(path)) return path;
	}
}
