import { beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...all]/route";
import {
  getAuth,
  MAX_ATTEMPTS_PER_ACCOUNT,
  MAX_ATTEMPTS_PER_ADDRESS,
  MAX_SIGN_IN_DELAY_SECONDS,
} from "@/lib/auth/auth";
import { viewerForSession } from "@/lib/auth/session";
import { viewerFromHeaders, type Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { signInWithPassword } from "@/lib/users/sign-in";
import { upsertAccount } from "@/prisma/seed/demo-accounts";

// Sign-in through better-auth's HTTP handler (as API clients and the browser client reach it) and
// through the server functions the sign-in page's actions call.

const db = getDb();
const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct horse battery";

let addressCounter = 10;
/** A fresh client address per test, so the per-address throttle of one test does not leak into another. */
const nextAddress = () => `198.51.100.${addressCounter++}`;

function post(path: string, body: unknown, init: { cookie?: string; address?: string } = {}): Promise<Response> {
  const headers = new Headers({
    "content-type": "application/json",
    origin: ORIGIN,
    "x-forwarded-for": init.address ?? "203.0.113.1",
  });
  if (init.cookie) headers.set("cookie", init.cookie);
  return POST(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

/** The cookies a response sets, as a Cookie request header. */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="))
    .join("; ");
}

async function account(email: string, role: "admin" | "secretariat" | "observer" = "secretariat") {
  await upsertAccount(db, { email, name: `Test ${email}`, role, memberStateId: null }, PASSWORD);
  return db.user.findUniqueOrThrow({ where: { email } });
}

describe("sign-in with email and password", () => {
  it("signs in with the right password: an HttpOnly, SameSite=Lax session cookie that resolves to the viewer", async () => {
    const user = await account("right@example.test");
    const response = await post(
      "/sign-in/email",
      { email: "right@example.test", password: PASSWORD },
      { address: nextAddress() },
    );
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((c) => c.startsWith("mutabaa.session_token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    // No MUTABAA_BASE_URL with https here: plain http cannot carry Secure cookies.
    expect(session).not.toMatch(/Secure/i);

    const viewer = await viewerForSession(new Headers({ cookie: cookieHeader(response) }));
    expect(viewer).toEqual<Viewer>({
      kind: "user",
      userId: user.id,
      role: "secretariat",
      memberStateId: null,
      name: "Test right@example.test",
      display: { digits: "latn", hijri: false },
    });
    // And through the generic entry point pages and route handlers use.
    expect(await viewerFromHeaders(new Headers({ cookie: cookieHeader(response) }))).toMatchObject({ userId: user.id });
  });

  it("refuses a wrong password, and an unknown address the same way", async () => {
    await account("wrong@example.test");
    const wrong = await post(
      "/sign-in/email",
      { email: "wrong@example.test", password: "not the password" },
      { address: nextAddress() },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie().some((c) => c.startsWith("mutabaa.session_token="))).toBe(false);
    const unknown = await post(
      "/sign-in/email",
      { email: "nobody@example.test", password: PASSWORD },
      { address: nextAddress() },
    );
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { code: string }).code).toBe(((await wrong.json()) as { code: string }).code);

    expect(
      await signInWithPassword(new Headers({ "x-forwarded-for": nextAddress() }), {
        email: "wrong@example.test",
        password: "nope",
      }),
    ).toEqual({
      status: "invalid_credentials",
    });
  });

  it("stores the password as an argon2id hash", async () => {
    const user = await account("hash@example.test");
    const credential = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(credential.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(credential.password).not.toContain(PASSWORD);
  });

  it("refuses sign-up: accounts are created by an administrator", async () => {
    const http = await post("/sign-up/email", { email: "new@example.test", password: PASSWORD, name: "New" });
    expect(http.status).toBe(404);
    await expect(
      getAuth().api.signUpEmail({ body: { email: "new@example.test", password: PASSWORD, name: "New" } }),
    ).rejects.toMatchObject({ statusCode: 400 });
    expect(await db.user.count({ where: { email: "new@example.test" } })).toBe(0);
  });

  it("ends the other sessions on every password change through POST /api/auth/change-password", async () => {
    const user = await account("change@example.test");
    const signIn = () =>
      post("/sign-in/email", { email: "change@example.test", password: PASSWORD }, { address: nextAddress() });
    const here = cookieHeader(await signIn());
    const elsewhere = cookieHeader(await signIn());
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
    // The caller does not ask for it (revokeOtherSessions: false): the other sessions end anyway.
    const changed = await post(
      "/change-password",
      { currentPassword: PASSWORD, newPassword: "another horse battery", revokeOtherSessions: false },
      { cookie: here },
    );
    expect(changed.status).toBe(200);
    expect(await viewerForSession(new Headers({ cookie: elsewhere }))).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("signs out: the session row goes and the cookie stops resolving", async () => {
    const user = await account("out@example.test");
    const signIn = await post(
      "/sign-in/email",
      { email: "out@example.test", password: PASSWORD },
      { address: nextAddress() },
    );
    const cookie = cookieHeader(signIn);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const out = await post("/sign-out", {}, { cookie });
    expect(out.status).toBe(200);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await viewerForSession(new Headers({ cookie }))).toBeNull();
  });

  it("answers get-session for a cookie, and nothing without one", async () => {
    await account("session@example.test");
    const signIn = await post(
      "/sign-in/email",
      { email: "session@example.test", password: PASSWORD },
      { address: nextAddress() },
    );
    const withCookie = await GET(
      new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie: cookieHeader(signIn) } }),
    );
    expect(((await withCookie.json()) as { user: { email: string } }).user.email).toBe("session@example.test");
    const without = await GET(new Request(`${ORIGIN}/api/auth/get-session`));
    expect(await without.json()).toBeNull();
  });
});

describe("throttling failed sign-ins", () => {
  it("answers 429 with Retry-After to an address that keeps failing on an account, while the owner signs in from another", async () => {
    await account("target@example.test");
    const attacker = nextAddress();
    for (let i = 0; i < MAX_ATTEMPTS_PER_ACCOUNT; i++) {
      const response = await post(
        "/sign-in/email",
        { email: "target@example.test", password: `guess ${i}` },
        { address: attacker },
      );
      expect(response.status).toBe(401);
    }
    // The attacker is refused, even with the right password, and told how long to wait.
    const blocked = await post(
      "/sign-in/email",
      { email: "Target@Example.test", password: PASSWORD },
      { address: attacker },
    );
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(MAX_SIGN_IN_DELAY_SECONDS);
    // The one error shape (docs/decisions/033-error-shape-everywhere.md), worded as the form words it.
    expect(await blocked.json()).toMatchObject({ error: { code: "rate_limited" } });

    // The server functions behind the sign-in form say how long to wait.
    const outcome = await signInWithPassword(new Headers({ "x-forwarded-for": attacker }), {
      email: "target@example.test",
      password: PASSWORD,
    });
    expect(outcome.status).toBe("throttled");
    expect(outcome.status === "throttled" && outcome.retryAfter).toBeGreaterThan(0);

    // The owner, from a clean address, is not locked out by the attacker's failures.
    expect(
      (await post("/sign-in/email", { email: "target@example.test", password: PASSWORD }, { address: nextAddress() }))
        .status,
    ).toBe(200);
    // The counters are rows of the RateLimit table.
    expect(await db.rateLimit.count({ where: { key: { startsWith: "sign-in:pair:" } } })).toBeGreaterThan(0);
  });

  it("does not let rotating X-Forwarded-For entries from an untrusted peer escape the throttle", async () => {
    // Across accounts, so only the per-address count can stop it.
    const peer = nextAddress();
    let throttled = 0;
    for (let i = 0; i < 40; i++) {
      const response = await post(
        "/sign-in/email",
        { email: `rotated-${i}@example.test`, password: "Password1" },
        { address: `198.18.${i}.${i + 1}, ${peer}` },
      );
      expect([401, 429]).toContain(response.status);
      if (response.status === 429) throttled++;
    }
    expect(throttled).toBe(40 - MAX_ATTEMPTS_PER_ADDRESS);
  });

  it("forgets an account's failures once its password is given", async () => {
    await account("forgetful@example.test");
    const address = nextAddress();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX_ATTEMPTS_PER_ACCOUNT - 1; i++) {
        expect(
          (await post("/sign-in/email", { email: "forgetful@example.test", password: "typo" }, { address })).status,
        ).toBe(401);
      }
      expect(
        (await post("/sign-in/email", { email: "forgetful@example.test", password: PASSWORD }, { address })).status,
      ).toBe(200);
    }
  });

  it("limits failures from one address across accounts", async () => {
    const address = nextAddress();
    for (let i = 0; i < MAX_ATTEMPTS_PER_ADDRESS; i++) {
      const response = await signInWithPassword(new Headers({ "x-forwarded-for": address }), {
        email: `spray-${i}@example.test`,
        password: "Password1",
      });
      expect(response.status).toBe("invalid_credentials");
    }
    const outcome = await signInWithPassword(new Headers({ "x-forwarded-for": address }), {
      email: "someone-else@example.test",
      password: "Password1",
    });
    expect(outcome.status).toBe("throttled");
    // Another address is not affected.
    await account("elsewhere@example.test");
    expect(
      await signInWithPassword(new Headers({ "x-forwarded-for": nextAddress() }), {
        email: "elsewhere@example.test",
        password: PASSWORD,
      }),
    ).toEqual({ status: "signed_in" });
  });
});

describe("a disabled account", () => {
  let admin: Viewer;
  beforeAll(async () => {
    const row = await account("boss@example.test", "admin");
    admin = { kind: "user", userId: row.id, role: "admin", memberStateId: null, name: row.name };
  });

  it("loses its sessions and API tokens at once and cannot sign in again", async () => {
    const { updateUser } = await import("@/lib/users/mutations");
    const { createOwnApiToken } = await import("@/lib/users/api-tokens");
    const { viewerForApiToken } = await import("@/lib/auth/api-tokens");
    const user = await account("leaver@example.test");
    const signIn = await post(
      "/sign-in/email",
      { email: "leaver@example.test", password: PASSWORD },
      { address: nextAddress() },
    );
    const cookie = cookieHeader(signIn);
    const viewer = await viewerForSession(new Headers({ cookie }));
    expect(viewer).not.toBeNull();
    const { token } = await createOwnApiToken(viewer!, { name: "script", expiresInDays: null });
    expect(await viewerForApiToken(token)).not.toBeNull();

    const disabled = await updateUser(admin, user.id, { disabled: true, version: user.version });
    expect(disabled.disabledAt).not.toBeNull();
    expect(await viewerForSession(new Headers({ cookie }))).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await viewerForApiToken(token)).toBeNull();

    const again = await post(
      "/sign-in/email",
      { email: "leaver@example.test", password: PASSWORD },
      { address: nextAddress() },
    );
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await signInWithPassword(new Headers({ "x-forwarded-for": nextAddress() }), {
        email: "leaver@example.test",
        password: PASSWORD,
      }),
    ).toEqual({
      status: "disabled",
    });

    // Re-enabled, it signs in again (its old API token stays revoked).
    await updateUser(admin, user.id, { disabled: false, version: disabled.version });
    expect(
      (await post("/sign-in/email", { email: "leaver@example.test", password: PASSWORD }, { address: nextAddress() }))
        .status,
    ).toBe(200);
    expect(await viewerForApiToken(token)).toBeNull();
  });

  it("stops resolving even if a session row survived (disabled directly in the database)", async () => {
    const user = await account("direct@example.test");
    const signIn = await post(
      "/sign-in/email",
      { email: "direct@example.test", password: PASSWORD },
      { address: nextAddress() },
    );
    const cookie = cookieHeader(signIn);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    expect(await viewerForSession(new Headers({ cookie }))).toBeNull();
  });
});
