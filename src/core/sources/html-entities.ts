/** The named entities that show up in page titles; anything else stays as written. */
const NAMED: Record<string, string> = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: '"',
	apos: "'",
	nbsp: " ",
	ensp: " ",
	emsp: " ",
	thinsp: " ",
	ndash: "–",
	mdash: "—",
	hellip: "…",
	middot: "·",
	bull: "•",
	laquo: "«",
	raquo: "»",
	lsquo: "‘",
	rsquo: "’",
	ldquo: "“",
	rdquo: "”",
	copy: "©",
	reg: "®",
	trade: "™",
	times: "×",
	deg: "°",
	hearts: "♥",
};

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

export function decodeHtmlEntities(text: string): string {
	return text.replace(ENTITY, (whole, body: string) => {
		if (body.startsWith("#")) {
			const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return validCodePoint(code) ? String.fromCodePoint(code) : "\uFFFD";
		}
		return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
	});
}

function validCodePoint(code: number): boolean {
	return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}
