/**
 * The one way the facts pipeline reaches the network. The plugin implements it with Obsidian's
 * requestUrl, the CLI with Node's http/https; tests with either against a local server.
 */
export interface HttpRequest {
	url: string;
	headers: Record<string, string>;
	/** The whole exchange, headers to last byte: past it the transport aborts and throws "timeout". */
	timeoutMs: number;
	/** Bodies above this are refused (the transport stops reading; the pipeline checks again). */
	maxBytes: number;
	signal: AbortSignal;
}

export interface HttpResponse {
	status: number;
	/** Header names lower-cased. */
	headers: Record<string, string>;
	text: string;
	/** Where the answer came from after redirects; the request URL if none were followed. */
	url: string;
}

export type HttpPort = (request: HttpRequest) => Promise<HttpResponse>;

export type TransportFailure = "timeout" | "too-large" | "redirect-refused" | "network" | "cancelled";

/** Thrown by a transport for a request that produced no usable answer. */
export class TransportError extends Error {
	constructor(
		readonly reason: TransportFailure,
		detail: string = reason,
	) {
		super(detail);
	}
}

/** Header lookup that tolerates transports that do not lower-case names. */
export function lowerCaseHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
	return out;
}
