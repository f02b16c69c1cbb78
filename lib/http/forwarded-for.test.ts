import { describe, expect, it } from "vitest";
import { clientAddressFrom, parseTrustedProxies } from "./forwarded-for";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.7, 2001:db8:a::/48");

describe("the client address from X-Forwarded-For", () => {
  it("is the peer (the last entry) when no proxy is trusted, whatever the client wrote before it", () => {
    expect(clientAddressFrom("198.51.100.9", none)).toBe("198.51.100.9");
    expect(clientAddressFrom("1.2.3.4, 5.6.7.8, 198.51.100.9", none)).toBe("198.51.100.9");
  });

  it("steps left over trusted proxies only, to the right-most untrusted entry", () => {
    expect(clientAddressFrom("203.0.113.5, 198.51.100.9, 10.1.2.3", proxies)).toBe("198.51.100.9");
    expect(clientAddressFrom("203.0.113.5, 192.0.2.7, 10.1.2.3", proxies)).toBe("203.0.113.5");
    // A spoofed entry left of the real client is never reached.
    expect(clientAddressFrom("10.9.9.9, 198.51.100.9, 10.1.2.3", proxies)).toBe("198.51.100.9");
  });

  it("keeps the peer when only proxies are listed", () => {
    expect(clientAddressFrom("10.1.2.3", proxies)).toBe("10.1.2.3");
  });

  it("handles IPv6, IPv4-mapped IPv6 and ports", () => {
    expect(clientAddressFrom("2001:DB8:B::1, 2001:db8:a::1", proxies)).toBe("2001:db8:b::1");
    expect(clientAddressFrom("::ffff:198.51.100.9", none)).toBe("198.51.100.9");
    expect(clientAddressFrom("198.51.100.9:4431, [2001:db8:a::2]:443", proxies)).toBe("198.51.100.9");
  });

  it("stops at garbage: nothing left of an entry no proxy would write is believed", () => {
    expect(clientAddressFrom("198.51.100.1, not-an-ip, 10.1.2.3", proxies)).toBe("10.1.2.3");
    expect(clientAddressFrom("not-an-ip", none)).toBeNull();
    expect(clientAddressFrom("", none)).toBeNull();
    expect(clientAddressFrom(null, none)).toBeNull();
  });

  it("refuses a bad MUTABAA_TRUSTED_PROXIES entry by name", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/proxy\.local/);
    expect(() => parseTrustedProxies("10.0.0.1/8/2")).toThrow();
  });
});

describe("MUTABAA_TRUSTED_PROXIES in the environment", () => {
  it("is parsed with the environment: a bad entry is named, unset and empty trust no one", async () => {
    const { EnvSchema } = await import("@/lib/env");
    const bad = EnvSchema.safeParse({ MUTABAA_TRUSTED_PROXIES: "10.0.0.1, nonsense" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["MUTABAA_TRUSTED_PROXIES"]);
    expect(bad.error?.issues[0]?.message).toMatch(/nonsense/);
    for (const value of [undefined, ""]) {
      const list = EnvSchema.parse({ MUTABAA_TRUSTED_PROXIES: value }).MUTABAA_TRUSTED_PROXIES;
      expect(clientAddressFrom("198.51.100.1, 10.0.0.1", list)).toBe("10.0.0.1");
    }
    const list = EnvSchema.parse({ MUTABAA_TRUSTED_PROXIES: "10.0.0.0/8" }).MUTABAA_TRUSTED_PROXIES;
    expect(clientAddressFrom("198.51.100.1, 10.0.0.1", list)).toBe("198.51.100.1");
  });
});
