/**
 * A small, behaving stand-in for the `obsidian` package (which ships types only).
 * Components really load/unload children and run registered cleanups, events really fire,
 * so tests can prove that nothing of ours is left behind after unload.
 * Each API it fakes, with the behaviour obsidian.d.ts documents and the test that holds the fake to
 * it: README.md in this folder.
 */

export interface EventRef {
	emitter: Events;
	name: string;
	callback: (...args: any[]) => any;
}

export class Events {
	private handlers = new Map<string, Set<EventRef>>();

	on(name: string, callback: (...args: any[]) => any): EventRef {
		const ref: EventRef = { emitter: this, name, callback };
		if (!this.handlers.has(name)) this.handlers.set(name, new Set());
		this.handlers.get(name)!.add(ref);
		return ref;
	}

	off(name: string, callback: (...args: any[]) => any): void {
		for (const ref of this.handlers.get(name) ?? []) if (ref.callback === callback) this.handlers.get(name)!.delete(ref);
	}

	offref(ref: EventRef): void {
		this.handlers.get(ref.name)?.delete(ref);
	}

	trigger(name: string, ...args: any[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) ref.callback(...args);
	}

	listenerCount(name?: string): number {
		if (name !== undefined) return this.handlers.get(name)?.size ?? 0;
		let total = 0;
		for (const set of this.handlers.values()) total += set.size;
		return total;
	}
}

export class Component {
	private loaded = false;
	private cleanups: (() => void)[] = [];
	private children: Component[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onload();
		for (const child of this.children) child.load();
	}
	onload(): void {}
	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}
	removeChild<T extends Component>(child: T): T {
		this.children = this.children.filter((c) => c !== child);
		child.unload();
		return child;
	}
	register(cb: () => any): void {
		this.cleanups.push(cb);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.emitter.offref(ref));
	}
	registerDomEvent(el: EventTarget, type: string, callback: (ev: any) => any, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}
	registerInterval(id: number): number {
		// As Obsidian: the id is a window.setInterval id, cleared on that window (in a bare jsdom page
		// that is not Node's clearInterval, which would leave the interval running).
		this.register(() => (typeof window === "undefined" ? globalThis : window).clearInterval(id));
		return id;
	}
	get _loaded(): boolean {
		return this.loaded;
	}
}

export abstract class TAbstractFile {
	vault: any;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	basename = "";
	extension = "";
	stat = { ctime: 0, mtime: 0, size: 0 };
	constructor(path = "") {
		super();
		setFilePath(this, path);
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	constructor(path = "") {
		super();
		this.path = path;
		this.name = path.slice(path.lastIndexOf("/") + 1);
	}
	isRoot(): boolean {
		return this.path === "" || this.path === "/";
	}
}

export function setFilePath(file: TFile, path: string): void {
	file.path = path;
	file.name = path.slice(path.lastIndexOf("/") + 1);
	const dot = file.name.lastIndexOf(".");
	file.basename = dot === -1 ? file.name : file.name.slice(0, dot);
	file.extension = dot === -1 ? "" : file.name.slice(dot + 1);
}

export function normalizePath(path: string): string {
	const cleaned = path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "").replace(/\u00A0|\u202F/g, " ");
	return (cleaned === "" ? "/" : cleaned).normalize("NFC");
}

let appLanguage = "en";
export function getLanguage(): string {
	return appLanguage;
}
/** Test hook: what getLanguage() answers. */
export function __setLanguage(language: string): void {
	appLanguage = language;
}

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: true, isMobileApp: false, isMacOS: false };

export function setIcon(el: HTMLElement, icon: string): void {
	el.setAttribute("data-icon", icon);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute("aria-label", tooltip);
}

export function debounce<T extends unknown[]>(fn: (...args: T) => unknown, wait = 0): ((...args: T) => void) & { cancel(): void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = (...args: T) => {
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => fn(...args), wait);
	};
	return Object.assign(run, { cancel: () => timer && clearTimeout(timer) });
}

export const notices: string[] = [];
/** Notices still shown (hide() takes them out); their messageEl is real DOM under jsdom. */
export const openNotices: Notice[] = [];

export class Notice {
	readonly messageEl: HTMLElement = typeof document === "undefined" ? ({} as HTMLElement) : document.createElement("div");
	constructor(message: string | DocumentFragment, duration?: number) {
		notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
		if (typeof document !== "undefined") this.messageEl.textContent = typeof message === "string" ? message : (message.textContent ?? "");
		if (duration === 0) openNotices.push(this);
	}
	hide(): void {
		const at = openNotices.indexOf(this);
		if (at !== -1) openNotices.splice(at, 1);
	}
	setMessage(message: string | DocumentFragment): this {
		notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
		return this;
	}
}

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

export class WorkspaceLeaf extends Events {
	view: any = null;
	/** What the tab header shows: Obsidian reads the view's getDisplayText() when it opens and in updateHeader(). */
	tabTitle = "";
	constructor(public app: any) {
		super();
	}
	/** A restored background tab's type while it is deferred (see isDeferred). */
	private deferredType: string | null = null;
	async setViewState(state: { type: string; active?: boolean }): Promise<void> {
		this.deferredType = null;
		const creator = this.app.workspace.viewCreators.get(state.type);
		if (this.view) await this.view.close?.();
		this.view = creator ? creator(this) : null;
		if (this.view) await this.view.open?.();
		this.updateHeader();
	}
	/**
	 * Since 1.7.2 a tab restored in the background holds a DeferredView (not the registered view class,
	 * whose constructor has not run) until it is shown: `isDeferred`, `loadIfDeferred()`, and
	 * workspace.revealLeaf() loads it. The fake's workspace.restoreDeferredLeaf(type) makes one.
	 */
	get isDeferred(): boolean {
		return this.deferredType !== null;
	}
	defer(type: string): void {
		this.deferredType = type;
		this.view = new DeferredView(this);
	}
	async loadIfDeferred(): Promise<void> {
		if (this.deferredType !== null) await this.setViewState({ type: this.deferredType });
	}
	/** Not in obsidian.d.ts, but present in the app: re-reads the view's display text and icon for the tab. */
	updateHeader(): void {
		this.tabTitle = this.view?.getDisplayText?.() ?? "";
	}
	getViewState(): { type: string } {
		return { type: this.deferredType ?? this.view?.getViewType?.() ?? "empty" };
	}
	detach(): void {
		void this.view?.close?.();
		this.app.workspace.leaves = this.app.workspace.leaves.filter((l: WorkspaceLeaf) => l !== this);
	}
	async openFile(file: TFile): Promise<void> {
		this.app.workspace.opened.push(file.path);
	}
}

export class View extends Component {
	app: any;
	containerEl: HTMLElement;
	navigation = false;
	constructor(public leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
		this.containerEl = document.createElement("div");
		this.containerEl.append(document.createElement("div"), document.createElement("div"));
	}
	async open(): Promise<void> {
		this.load();
		await this.onOpen();
	}
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
	}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
	getViewType(): string {
		return "";
	}
	getDisplayText(): string {
		return "";
	}
	getIcon(): string {
		return "";
	}
}

export class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const button = document.createElement("button");
		button.setAttribute("aria-label", title);
		button.setAttribute("data-icon", icon);
		button.addEventListener("click", callback);
		this.containerEl.firstElementChild!.appendChild(button);
		return button;
	}
}

export class MarkdownView extends ItemView {
	file: TFile | null = null;
	editor: any = null;
}

/** What a deferred leaf holds instead of the plugin's view: no onOpen has run, no DOM of ours exists. */
class DeferredView extends View {
	getDisplayText(): string {
		return "";
	}
}

export class Modal extends Component {
	app: any;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	constructor(app: any) {
		super();
		this.app = app;
		this.containerEl = document.createElement("div");
		this.modalEl = document.createElement("div");
		this.titleEl = document.createElement("div");
		this.contentEl = document.createElement("div");
		this.modalEl.append(this.titleEl, this.contentEl);
		this.containerEl.append(this.modalEl);
	}
	open(): void {
		document.body.appendChild(this.containerEl);
		this.onOpen();
	}
	close(): void {
		this.onClose();
		this.containerEl.remove();
	}
	onOpen(): void {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}
}

export abstract class SuggestModal<T> extends Modal {
	inputEl = document.createElement("input");
	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends Component {
	constructor(
		public app: any,
		public inputEl: HTMLInputElement,
	) {
		super();
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	selectSuggestion(_value: T, _evt: MouseEvent | KeyboardEvent): void {}
	onSelect(_callback: (value: T, evt: MouseEvent | KeyboardEvent) => any): this {
		return this;
	}
	close(): void {}
}

export class Menu {
	items: { title: string; callback: () => any }[] = [];
	addItem(cb: (item: any) => any): this {
		const entry = { title: "", callback: () => undefined as any };
		const item = {
			setTitle: (t: string) => ((entry.title = t), item),
			setIcon: () => item,
			onClick: (fn: () => any) => ((entry.callback = fn), item),
		};
		cb(item);
		this.items.push(entry);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(): this {
		return this;
	}
	showAtPosition(): this {
		return this;
	}
}

class ValueComponent<T> {
	value: T;
	changeHandler: ((value: T) => any) | null = null;
	inputEl: HTMLInputElement = document.createElement("input");
	constructor(initial: T) {
		this.value = initial;
	}
	setValue(value: T): this {
		this.value = value;
		// The input shows its value, as in Obsidian.
		if (typeof value === "string") this.inputEl.value = value;
		return this;
	}
	getValue(): T {
		return this.value;
	}
	setPlaceholder(p: string): this {
		this.inputEl.placeholder = p;
		return this;
	}
	onChange(handler: (value: T) => any): this {
		this.changeHandler = handler;
		return this;
	}
	/** Test hook: the user typed or picked `value`. */
	async simulate(value: T): Promise<void> {
		this.value = value;
		await this.changeHandler?.(value);
	}
}

export class TextComponent extends ValueComponent<string> {
	constructor(public containerEl?: HTMLElement) {
		super("");
	}
}
export class TextAreaComponent extends TextComponent {}
export class ToggleComponent extends ValueComponent<boolean> {
	constructor() {
		super(false);
	}
}
export class DropdownComponent extends ValueComponent<string> {
	options: Record<string, string> = {};
	constructor() {
		super("");
	}
	addOption(value: string, label: string): this {
		this.options[value] = label;
		return this;
	}
	addOptions(options: Record<string, string>): this {
		Object.assign(this.options, options);
		return this;
	}
}
export class ButtonComponent {
	buttonEl = document.createElement("button");
	onClickHandler: (() => any) | null = null;
	setButtonText(text: string): this {
		this.buttonEl.textContent = text;
		return this;
	}
	setCta(): this {
		return this;
	}
	setWarning(): this {
		return this;
	}
	setIcon(): this {
		return this;
	}
	setTooltip(): this {
		return this;
	}
	onClick(handler: () => any): this {
		this.onClickHandler = handler;
		this.buttonEl.addEventListener("click", handler);
		return this;
	}
}

export class Setting {
	settingEl = document.createElement("div");
	nameEl = document.createElement("div");
	descEl = document.createElement("div");
	controlEl = document.createElement("div");
	components: unknown[] = [];
	constructor(containerEl: HTMLElement) {
		// Obsidian's classes, which the settings tab reads its search terms from.
		this.settingEl.className = "setting-item";
		this.nameEl.className = "setting-item-name";
		this.descEl.className = "setting-item-description";
		this.controlEl.className = "setting-item-control";
		this.settingEl.append(this.nameEl, this.descEl, this.controlEl);
		containerEl.appendChild(this.settingEl);
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.textContent = typeof name === "string" ? name : (name.textContent ?? "");
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.textContent = typeof desc === "string" ? desc : (desc.textContent ?? "");
		return this;
	}
	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}
	private add<C>(component: C, cb: (c: C) => any): this {
		this.components.push(component);
		cb(component);
		// Controls live in the DOM so tests can find and click them, as in Obsidian.
		const control = (component as any).buttonEl ?? (component as any).inputEl;
		if (control instanceof HTMLElement) this.controlEl.appendChild(control);
		return this;
	}
	addText(cb: (c: TextComponent) => any): this {
		return this.add(new TextComponent(), cb);
	}
	addTextArea(cb: (c: TextAreaComponent) => any): this {
		return this.add(new TextAreaComponent(), cb);
	}
	addToggle(cb: (c: ToggleComponent) => any): this {
		return this.add(new ToggleComponent(), cb);
	}
	addDropdown(cb: (c: DropdownComponent) => any): this {
		return this.add(new DropdownComponent(), cb);
	}
	addButton(cb: (c: ButtonComponent) => any): this {
		return this.add(new ButtonComponent(), cb);
	}
	addSearch(cb: (c: TextComponent) => any): this {
		return this.add(new TextComponent(), cb);
	}
}

export class PluginSettingTab {
	containerEl = document.createElement("div");
	constructor(
		public app: any,
		public plugin: any,
	) {}
	display(): void {}
	hide(): void {}
}

export class Plugin extends Component {
	settingTabs: PluginSettingTab[] = [];
	commands: any[] = [];
	ribbonIcons: HTMLElement[] = [];
	codeBlockProcessors = new Map<string, any>();
	data: unknown = null;
	constructor(
		public app: any,
		public manifest: any = { id: "framework-atlas", version: "0.0.0" },
	) {
		super();
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}
	addCommand(command: any): any {
		this.commands.push(command);
		return command;
	}
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const el = document.createElement("div");
		el.setAttribute("aria-label", title);
		el.setAttribute("data-icon", icon);
		el.addEventListener("click", callback);
		this.ribbonIcons.push(el);
		appChrome("side-dock-ribbon").appendChild(el);
		this.register(() => el.remove());
		return el;
	}
	registerView(type: string, creator: (leaf: WorkspaceLeaf) => View): void {
		this.app.workspace.viewCreators.set(type, creator);
		this.register(() => {
			this.app.workspace.viewCreators.delete(type);
			// Like Obsidian, a disabled plugin's open views are closed (their leaves stay, empty).
			for (const leaf of this.app.workspace.leaves ?? []) {
				if (leaf.view?.getViewType?.() !== type) continue;
				void leaf.view.close?.();
				leaf.view = null;
			}
		});
	}
	// --- status bar, attached to the document like the ribbon ---
	addStatusBarItem(): HTMLElement {
		const el = document.createElement("div");
		el.className = "status-bar-item";
		appChrome("status-bar").appendChild(el);
		this.register(() => el.remove());
		return el;
	}
	// --- end robustness block ---
	registerMarkdownCodeBlockProcessor(language: string, handler: any): any {
		this.codeBlockProcessors.set(language, handler);
		this.register(() => this.codeBlockProcessors.delete(language));
		return handler;
	}
	registerHoverLinkSource(): void {}
	async loadData(): Promise<unknown> {
		return this.data;
	}
	async saveData(data: unknown): Promise<void> {
		this.data = JSON.parse(JSON.stringify(data));
	}
	onUserEnable(): void {}
	/**
	 * 1.12.2+: "Command IDs must be globally unique. Attempting to register a command that is already
	 * registered will throw an Error." Unregistered on unload like every other register* call.
	 * A test of an older app shadows it with undefined on the plugin instance.
	 */
	cliHandlers = new Map<string, { description: string; flags: unknown; handler: (params: Record<string, string>) => string | Promise<string> }>();
	registerCliHandler(command: string, description: string, flags: unknown, handler: (params: Record<string, string>) => string | Promise<string>): void {
		// Ids are global to the app: one registry per app, shared by every plugin loaded in it.
		const registered: Set<string> = (this.app.cliCommands ??= new Set<string>());
		if (registered.has(command)) throw new Error(`CLI command ${command} is already registered`);
		registered.add(command);
		this.cliHandlers.set(command, { description, flags, handler });
		this.register(() => {
			registered.delete(command);
			this.cliHandlers.delete(command);
		});
	}
}

// --- the rest of the API that plugin robustness tests touch ---
/** Obsidian's own chrome (ribbon, status bar) in the test document, so tests can see what plugins leave there. */
export function appChrome(cls: "side-dock-ribbon" | "status-bar"): HTMLElement {
	const existing = document.body.querySelector<HTMLElement>(`:scope > .${cls}`);
	if (existing) return existing;
	const el = document.createElement("div");
	el.className = cls;
	document.body.appendChild(el);
	return el;
}
// --- end robustness block ---

export const MarkdownRenderer = {
	async render(_app: any, markdown: string, el: HTMLElement): Promise<void> {
		const p = document.createElement("p");
		p.textContent = markdown;
		el.appendChild(p);
	},
};

/**
 * As Obsidian 1.9+ answers (recorded from a real vault in obsidian-tasks' tests/Obsidian/__test_data__):
 * the first key named `tags` in any case (`tag` is not read); a text is one tag, dropped when it holds a
 * space (`tags: a, b` gives []); a list gives its text items, trimmed; `#` added. Null without the key.
 */
export function parseFrontMatterTags(frontmatter: any): string[] | null {
	if (!frontmatter) return null;
	const key = Object.keys(frontmatter).find((k) => /^tags$/i.test(k));
	if (key === undefined) return null;
	const raw = frontmatter[key];
	const items: unknown[] = typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw : [];
	return items
		.filter((t): t is string => typeof t === "string")
		.map((t) => t.trim())
		.filter((t) => t !== "" && !/\s/.test(t))
		.map((t) => (t.startsWith("#") ? t : `#${t}`));
}

export interface RequestUrlParams {
	url: string;
	method?: string;
	headers?: Record<string, string>;
	throw?: boolean;
}
export interface RequestUrlResponse {
	status: number;
	headers: Record<string, string>;
	text: string;
	arrayBuffer: ArrayBuffer;
}
let requestImpl: ((params: RequestUrlParams) => Promise<RequestUrlResponse>) | null = null;

/** Tests that exercise the plugin's network path plug in a requestUrl that talks to a local server. */
export function setRequestUrl(impl: typeof requestImpl): void {
	requestImpl = impl;
}

export async function requestUrl(params: RequestUrlParams): Promise<RequestUrlResponse> {
	if (requestImpl === null) throw new Error("requestUrl is not available in tests; inject a fetcher");
	return requestImpl(params);
}

export { moment } from "./moment-stub";
