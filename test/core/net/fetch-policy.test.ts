import { checkFetchUrl, isPrivateAddress } from "../../../src/core/net/fetch-policy";

describe("checkFetchUrl", () => {
	it.each([
		["https://github.com/volcengine/verl", null],
		["http://example.org/a?b=c", null],
		["https://[2606:4700::1111]/", null],
		["file:///etc/passwd", "scheme"],
		["javascript:alert(1)", "scheme"],
		["data:text/html,<title>x</title>", "scheme"],
		["ftp://example.org/", "scheme"],
		["not a url", "bad-url"],
		["http://localhost/", "private-address"],
		["http://LOCALHOST./", "private-address"],
		["http://printer.local/", "private-address"],
		["http://db.internal/", "private-address"],
		["http://127.0.0.1:8080/", "private-address"],
		["http://2130706433/", "private-address"],
		["http://0x7f.1/", "private-address"],
		["http://0.0.0.0/", "private-address"],
		["http://10.20.30.40/", "private-address"],
		["http://172.16.0.1/", "private-address"],
		["http://172.32.0.1/", null],
		["http://192.168.1.1/", "private-address"],
		["http://169.254.169.254/latest/meta-data/", "private-address"],
		["http://100.64.0.1/", "private-address"],
		["http://[::1]/", "private-address"],
		["http://[::]/", "private-address"],
		["http://[fd00::1]/", "private-address"],
		["http://[fe80::1]/", "private-address"],
		["http://[::ffff:127.0.0.1]/", "private-address"],
		["http://[::ffff:7f00:1]/", "private-address"],
		["http://[::ffff:8.8.8.8]/", null],
	])("%s → %s", (url, code) => {
		expect(checkFetchUrl(url)?.code ?? null).toBe(code);
	});

	it("lets a test allow its own 127.0.0.1 server", () => {
		expect(checkFetchUrl("http://127.0.0.1:4000/x", ["127.0.0.1"])).toBeNull();
		expect(checkFetchUrl("http://10.0.0.1/x", ["127.0.0.1"])?.code).toBe("private-address");
	});
});

describe("isPrivateAddress (the address DNS answers)", () => {
	it.each(["127.0.0.53", "10.0.0.1", "192.168.0.10", "169.254.1.1", "::1", "fc00::2", "fe80::1%eth0".split("%")[0]!, "::ffff:10.0.0.1", "224.0.0.1", "255.255.255.255"])("%s is private", (address) => {
		expect(isPrivateAddress(address)).toBe(true);
	});
	it.each(["8.8.8.8", "140.82.112.3", "2606:4700::1111", "2001:4860:4860::8888", "::ffff:140.82.112.3"])("%s is public", (address) => {
		expect(isPrivateAddress(address)).toBe(false);
	});
});
