import { BlockList, isIP } from "node:net";

// The address a request comes from, for throttles and per-address limits. X-Forwarded-For is
// written by whoever sends the request, so its entries are believed only as far as they were
// added by proxies the operator named in MUTABAA_TRUSTED_PROXIES (default none).
//
// Under `next start`, Next's own server sets `x-forwarded-for` to the socket's address only when
// the request has none (base-server.js: `req.headers['x-forwarded-for'] ??= socket.remoteAddress`);
// it does not append. So the last entry is the peer (or the nearest proxy's view of it) and the
// list is read from the right: while the entry is a trusted proxy, step left; the first entry
// that is not trusted is the client. Without trusted proxies that is the last entry.

/** `::ffff:192.0.2.1` and `192.0.2.1` are the same client. */
function normalize(raw: string): string | null {
  let value = raw.trim();
  // `[2001:db8::1]:443` and `192.0.2.1:443` (some proxies add the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  const version = isIP(value);
  if (version === 0) return null;
  return version === 6 ? value.toLowerCase() : value;
}

/** Parses `10.0.0.0/8, 2001:db8::/32, 192.0.2.7`; throws naming the first entry that is neither. */
export type TrustedProxies = BlockList & {
  /** The entries as written, for better-auth's own per-address limiter (same right-to-left rule). */
  readonly entries: readonly string[];
};

export function parseTrustedProxies(list: string | undefined): TrustedProxies {
  const trusted = new BlockList();
  const entries: string[] = [];
  for (const item of (list ?? "").split(",").map((entry) => entry.trim())) {
    if (!item) continue;
    const [base = "", prefix, extra] = item.split("/");
    const address = normalize(base);
    const type = address && isIP(address) === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? undefined : Number(prefix);
    const max = type === "ipv6" ? 128 : 32;
    if (
      !address ||
      extra !== undefined ||
      (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= max))
    )
      throw new Error(`not an address or CIDR range: "${item}"`);
    if (bits === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, bits, type);
    entries.push(bits === undefined ? address : `${address}/${bits}`);
  }
  return Object.assign(trusted, { entries });
}

const isTrusted = (trusted: BlockList, address: string) =>
  trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The client's address from an `X-Forwarded-For` value (the peer's address last), or null when
 * there is none that parses. Entries that do not parse end the walk: a proxy would not write them,
 * so everything left of one is the client's own say.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trusted: BlockList): string | null {
  const entries = (forwardedFor ?? "").split(",").slice(-64);
  let client: string | null = null;
  for (let i = entries.length - 1; i >= 0; i--) {
    const address = normalize(entries[i]!);
    if (!address) break;
    client = address;
    if (!isTrusted(trusted, address)) break;
  }
  return client;
}
