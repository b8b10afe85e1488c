/**
 * Bases as the official obsidian.d.ts (1.12.3) declares it, small enough to drive a view in tests:
 * QueryController extends Component; BasesView is an abstract Component subclass with `app`,
 * `config`, `allProperties`, `data` and an abstract `onDataUpdated`, constructed with the controller;
 * BasesQueryResult has `data`, `groupedData`, `properties`; BasesEntry has `file` and `getValue`;
 * values are Value subclasses with `toString` and `isTruthy` (NullValue for a missing property).
 */
import { Component, TFile } from "../__mocks__/obsidian";

export abstract class Value {
	abstract toString(): string;
	abstract isTruthy(): boolean;
}
export class NullValue extends Value {
	toString(): string {
		return "null";
	}
	isTruthy(): boolean {
		return false;
	}
}
export class StringValue extends Value {
	constructor(private readonly value: string) {
		super();
	}
	toString(): string {
		return this.value;
	}
	isTruthy(): boolean {
		return this.value.length > 0;
	}
}
export class BooleanValue extends Value {
	constructor(private readonly value: boolean) {
		super();
	}
	toString(): string {
		return String(this.value);
	}
	isTruthy(): boolean {
		return this.value;
	}
}
export class ListValue extends Value {
	constructor(private readonly items: Value[]) {
		super();
	}
	toString(): string {
		return this.items.map((item) => item.toString()).join(", ");
	}
	isTruthy(): boolean {
		return this.items.length > 0;
	}
}

/** A frontmatter value as Bases would wrap it. */
export function valueOf(raw: unknown): Value {
	if (raw === null || raw === undefined) return new NullValue();
	if (typeof raw === "boolean") return new BooleanValue(raw);
	if (Array.isArray(raw)) return new ListValue(raw.map(valueOf));
	return new StringValue(typeof raw === "string" || typeof raw === "number" ? String(raw) : JSON.stringify(raw));
}

export class QueryController extends Component {}

export class BasesEntry {
	constructor(
		readonly file: TFile,
		private readonly frontmatter: Record<string, unknown>,
	) {}
	getValue(propertyId: string): Value | null {
		const [type, ...rest] = propertyId.split(".");
		const name = rest.join(".");
		if (type === "note") return valueOf(this.frontmatter[name]);
		if (type === "file" && name === "name") return new StringValue(this.file.basename);
		return null;
	}
}

export class BasesEntryGroup {
	constructor(
		readonly entries: BasesEntry[],
		readonly key?: Value,
	) {}
	hasKey(): boolean {
		return this.key !== undefined && !(this.key instanceof NullValue);
	}
}

export class BasesQueryResult {
	constructor(
		public data: BasesEntry[],
		private readonly visible: string[] = [],
	) {}
	get groupedData(): BasesEntryGroup[] {
		return [new BasesEntryGroup(this.data)];
	}
	get properties(): string[] {
		return this.visible;
	}
	getSummaryValue(): Value {
		return new NullValue();
	}
}

export class BasesViewConfig {
	name = "Framework Atlas stages";
	constructor(private readonly values: Record<string, unknown> = {}) {}
	get(key: string): unknown {
		return this.values[key];
	}
	set(key: string, value: unknown): void {
		this.values[key] = value;
	}
	getAsPropertyId(key: string): string | null {
		const value = this.values[key];
		return typeof value === "string" ? `note.${value}` : null;
	}
	getOrder(): string[] {
		return [];
	}
	getSort(): { property: string; direction: "ASC" | "DESC" }[] {
		return [];
	}
	getDisplayName(propertyId: string): string {
		return propertyId.replace(/^(note|file|formula)\./, "");
	}
}

export abstract class BasesView extends Component {
	abstract type: string;
	app: unknown = null;
	config: BasesViewConfig = new BasesViewConfig();
	allProperties: string[] = [];
	data: BasesQueryResult = new BasesQueryResult([]);
	protected constructor(readonly controller: QueryController) {
		super();
	}
	abstract onDataUpdated(): void;
	async createFileForView(): Promise<void> {}
}

/**
 * What Bases does with a registered view: build it with the controller, load it, hand it results
 * (replacing `data`, never mutating it) and call onDataUpdated.
 */
export class FakeBasesHost {
	readonly controller = new QueryController();
	readonly container: HTMLElement;
	view: BasesView | null = null;

	constructor(
		/** The registration's factory; typed loosely because the plugin sees the real (declared) controller type. */
		private readonly factory: (controller: never, containerEl: HTMLElement) => unknown,
		doc: Document = document,
	) {
		this.container = doc.createElement("div");
		doc.body.append(this.container);
	}

	open(config: Record<string, unknown> = {}): BasesView {
		const view = this.factory(this.controller as never, this.container) as BasesView;
		view.config = new BasesViewConfig(config);
		this.controller.addChild(view);
		this.controller.load();
		this.view = view;
		return view;
	}

	/** New results: one row per note, with its frontmatter as properties. */
	results(notes: [string, Record<string, unknown>][]): void {
		this.view!.data = new BasesQueryResult(notes.map(([path, frontmatter]) => new BasesEntry(new TFile(path), frontmatter)));
		this.view!.onDataUpdated();
	}

	close(): void {
		this.controller.unload();
		this.container.remove();
	}
}
