// Only here so `import { moment } from "obsidian"` type-checks in tests; our core never uses moment.
export function moment(): never {
	throw new Error("moment is not used by Framework Atlas");
}
