/** A minimal behaving editor over one string: selection, cursor, ranges, like CodeMirror through Obsidian's Editor. */
import type { Editor, EditorPosition } from "obsidian";

export class FakeEditor {
	anchor = 0;
	head = 0;
	constructor(public text: string) {}

	select(from: number, to: number): void {
		this.anchor = from;
		this.head = to;
	}
	private get from(): number {
		return Math.min(this.anchor, this.head);
	}
	private get to(): number {
		return Math.max(this.anchor, this.head);
	}
	getValue(): string {
		return this.text;
	}
	getSelection(): string {
		return this.text.slice(this.from, this.to);
	}
	replaceSelection(replacement: string): void {
		this.text = this.text.slice(0, this.from) + replacement + this.text.slice(this.to);
		this.anchor = this.head = this.from + replacement.length;
	}
	getCursor(which: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const offset = which === "from" ? this.from : which === "to" ? this.to : which === "anchor" ? this.anchor : this.head;
		return this.offsetToPos(offset);
	}
	setCursor(pos: EditorPosition): void {
		this.anchor = this.head = this.posToOffset(pos);
	}
	setSelection(anchor: EditorPosition, head: EditorPosition = anchor): void {
		this.anchor = this.posToOffset(anchor);
		this.head = this.posToOffset(head);
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}
	replaceRange(replacement: string, from: EditorPosition, to: EditorPosition = from): void {
		const start = this.posToOffset(from);
		const end = this.posToOffset(to);
		const shift = (offset: number) => (offset <= start ? offset : offset >= end ? offset + replacement.length - (end - start) : start + replacement.length);
		this.text = this.text.slice(0, start) + replacement + this.text.slice(end);
		this.anchor = shift(this.anchor);
		this.head = shift(this.head);
	}
	offsetToPos(offset: number): EditorPosition {
		const before = this.text.slice(0, offset).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1]!.length };
	}
	posToOffset(pos: EditorPosition): number {
		const lines = this.text.split("\n");
		let offset = 0;
		for (let i = 0; i < pos.line && i < lines.length; i++) offset += lines[i]!.length + 1;
		return offset + Math.min(pos.ch, lines[pos.line]?.length ?? 0);
	}
	asEditor(): Editor {
		return this as unknown as Editor;
	}
}
