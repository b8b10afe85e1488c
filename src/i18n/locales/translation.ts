/**
 * The Chinese tables are typed by the English ones: a key missing on either side fails `tsc`.
 * Plural keys are the exception i18next needs: English has `_one`/`_other`, Chinese only `_other`,
 * so a `_one` key is optional here.
 */
export type Translation<T> = {
	[K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : Translation<T[K]>;
} & {
	[K in keyof T as K extends `${string}_one` ? K : never]?: string;
};
