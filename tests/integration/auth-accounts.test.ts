import { createHmac } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/auth/[...all]/route";
import { viewerForApiToken } from "@/lib/auth/api-tokens";
import { viewerForSession } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getUserAccount, listUserAccounts } from "@/lib/users/accounts";
import { createOwnApiToken, listOwnApiTokens, revokeOwnApiToken } from "@/lib/users/api-tokens";
import { isSetPasswordLinkUsable, issueSetPasswordLink, setPasswordWithToken } from "@/lib/users/invitations";
import { createUser } from "@/lib/users/mutations";
import { changeOwnPassword, confirmTwoFactor, getOwnAccount, startTwoFactor } from "@/lib/users/own-account";
import { signInWithPassword, verifySecondFactor } from "@/lib/users/sign-in";
import { upsertAccount } from "@/prisma/seed/demo-accounts";

// Account administration, one-time links, password change, TOTP and personal API tokens, through
// the lib/users functions the pages' server actions call, against a real database.

const db = getDb();
const ORIGIN = "http://localhost:3000";
let addressCounter = 1;
const clientHeaders = () => new Headers({ "x-forwarded-for": `192.0.2.${addressCounter++}` });

async function signIn(email: string, password: string): Promise<{ status: number; cookie: string; body: unknown }> {
  const response = await POST(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": `192.0.2.${addressCounter++}` },
      body: JSON.stringify({ email, password }),
    }),
  );
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="))
    .join("; ");
  return { status: response.status, cookie, body: await response.json() };
}

async function userViewer(
  email: string,
  role: "admin" | "secretariat" | "observer" | "focal_point",
  password = "a long enough password",
): Promise<Viewer> {
  await upsertAccount(db, { email, name: email, role, memberStateId: role === "focal_point" ? "EG" : null }, password);
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { kind: "user", userId: user.id, role: user.role, memberStateId: user.memberStateId, name: user.name };
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

/**
 * The code an authenticator app shows now for a base32 `secret` (RFC 6238: HMAC-SHA1, 30 s, 6
 * digits), computed independently of better-auth so the test also proves the set-up key works
 * in a standard app.
 */
function totp(secret: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of secret.replace(/=+$/, "").toUpperCase())
    bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, "0");
}

let admin: Viewer;

beforeAll(async () => {
  for (const [id, alpha3, ar, en] of [
    ["EG", "EGY", "مصر", "Egypt"],
    ["JO", "JOR", "الأردن", "Jordan"],
  ] as const) {
    await db.memberState.upsert({ where: { id }, create: { id, alpha3, name: { ar, en } }, update: {} });
  }
  admin = await userViewer("admin@example.test", "admin");
});

describe("the administrator's account list", () => {
  it("is for administrators only, and tells whether the invitation has been used", async () => {
    const secretariat = await userViewer("staff@example.test", "secretariat");
    await expect(listUserAccounts(secretariat)).rejects.toSatisfy((e) => codeOf(e) === "forbidden");
    await expect(listUserAccounts({ kind: "anonymous" })).rejects.toSatisfy((e) => codeOf(e) === "unauthorized");

    const invited = await createUser(admin, {
      name: "Invited",
      email: "invited@example.test",
      role: "focal_point",
      memberStateId: "JO",
    });
    const accounts = await listUserAccounts(admin);
    expect(accounts.find((u) => u.email === "staff@example.test")).toMatchObject({
      role: "secretariat",
      hasPassword: true,
    });
    expect(accounts.find((u) => u.email === "invited@example.test")).toMatchObject({
      hasPassword: false,
      memberState: { code: "JO", name: { ar: "الأردن", en: "Jordan" } },
    });
    expect(await getUserAccount(admin, invited.id)).toMatchObject({
      id: invited.id,
      disabledAt: null,
      twoFactorEnabled: false,
    });
    expect(await getUserAccount(admin, "not-a-uuid")).toBeNull();
    expect(JSON.stringify(accounts)).not.toContain("argon2");
  });
});

describe("one-time links", () => {
  it("an invitation link sets the password once; the account can then sign in", async () => {
    const user = await createUser(admin, {
      name: "Newcomer",
      email: "newcomer@example.test",
      role: "observer",
      locale: "en",
    });
    const link = await issueSetPasswordLink(admin, user.id, "invitation", ORIGIN);
    expect(link.url).toMatch(new RegExp(`^${ORIGIN}/en/invitation/[A-Za-z0-9_-]{16,}$`));
    expect(link.emailed).toBe(false);
    const token = link.url.split("/").pop()!;

    await expect(setPasswordWithToken({ token, password: "short", confirmation: "short" })).rejects.toMatchObject({
      code: "validation",
      fields: { password: ["at_least_chars?min=10"] },
    });
    await expect(
      setPasswordWithToken({ token, password: "my own new password", confirmation: "something else" }),
    ).rejects.toMatchObject({ fields: { confirmation: ["password_mismatch"] } });

    expect(await isSetPasswordLinkUsable(token)).toBe(true);
    // The sign-in form that follows is filled in with the account's email.
    expect(
      await setPasswordWithToken({ token, password: "my own new password", confirmation: "my own new password" }),
    ).toEqual({ status: "set", email: "newcomer@example.test" });
    // Opened again, the used link says so before any password is typed.
    expect(await isSetPasswordLinkUsable(token)).toBe(false);
    expect(await isSetPasswordLinkUsable("not-a-token")).toBe(false);
    const credential = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(credential.password).toMatch(/^\$argon2id\$/);
    expect((await signIn("newcomer@example.test", "my own new password")).status).toBe(200);

    // Second use of the same link.
    expect(await setPasswordWithToken({ token, password: "someone else's", confirmation: "someone else's" })).toEqual({
      status: "invalid_link",
    });
    expect((await signIn("newcomer@example.test", "someone else's")).status).toBe(401);
  });

  it("a new link voids the earlier one; a reset ends the account's sessions", async () => {
    await userViewer("forgot@example.test", "observer", "the old password");
    const user = await db.user.findUniqueOrThrow({ where: { email: "forgot@example.test" } });
    const session = await signIn("forgot@example.test", "the old password");
    const first = await issueSetPasswordLink(admin, user.id, "reset", ORIGIN);
    const second = await issueSetPasswordLink(admin, user.id, "reset", ORIGIN);
    expect(second.url).toMatch(/\/ar\/reset-password\//);
    const token = (url: string) => url.split("/").pop()!;
    expect(
      await setPasswordWithToken({
        token: token(first.url),
        password: "a brand new one",
        confirmation: "a brand new one",
      }),
    ).toEqual({
      status: "invalid_link",
    });
    expect(
      await setPasswordWithToken({
        token: token(second.url),
        password: "a brand new one",
        confirmation: "a brand new one",
      }),
    ).toMatchObject({
      status: "set",
    });
    expect(await viewerForSession(new Headers({ cookie: session.cookie }))).toBeNull();
    expect((await signIn("forgot@example.test", "the old password")).status).toBe(401);
    expect((await signIn("forgot@example.test", "a brand new one")).status).toBe(200);
  });

  it("is issued by administrators only", async () => {
    const observer = await userViewer("nosy@example.test", "observer");
    const target = await db.user.findUniqueOrThrow({ where: { email: "admin@example.test" } });
    await expect(issueSetPasswordLink(observer, target.id, "reset", ORIGIN)).rejects.toSatisfy(
      (e) => codeOf(e) === "forbidden",
    );
    expect(
      await setPasswordWithToken({
        token: "made-up-token",
        password: "whatever it is",
        confirmation: "whatever it is",
      }),
    ).toEqual({
      status: "invalid_link",
    });
  });
});

describe("changing one's password", () => {
  it("needs the current password, then ends the other sessions", async () => {
    await userViewer("changer@example.test", "secretariat", "first password!");
    const here = await signIn("changer@example.test", "first password!");
    const elsewhere = await signIn("changer@example.test", "first password!");
    const viewer = (await viewerForSession(new Headers({ cookie: here.cookie })))!;
    const headers = new Headers({ cookie: here.cookie });

    await expect(
      changeOwnPassword(viewer, headers, {
        currentPassword: "not it",
        newPassword: "second password!",
        confirmation: "second password!",
      }),
    ).rejects.toMatchObject({ code: "validation", fields: { currentPassword: ["wrong_password"] } });
    expect((await signIn("changer@example.test", "second password!")).status).toBe(401);

    await changeOwnPassword(viewer, headers, {
      currentPassword: "first password!",
      newPassword: "second password!",
      confirmation: "second password!",
    });
    expect((await signIn("changer@example.test", "first password!")).status).toBe(401);
    expect((await signIn("changer@example.test", "second password!")).status).toBe(200);
    expect(await viewerForSession(new Headers({ cookie: elsewhere.cookie }))).toBeNull();
  });

  it("is refused without a session", async () => {
    await expect(
      changeOwnPassword({ kind: "anonymous" }, new Headers(), {
        currentPassword: "x",
        newPassword: "long enough!",
        confirmation: "long enough!",
      }),
    ).rejects.toSatisfy((e) => codeOf(e) === "unauthorized");
  });
});

describe("two-step verification (TOTP)", () => {
  it("is switched on with a code from the app, then sign-in asks for a code", async () => {
    await userViewer("careful@example.test", "secretariat", "careful password");
    const { cookie } = await signIn("careful@example.test", "careful password");
    const viewer = (await viewerForSession(new Headers({ cookie })))!;
    expect(await getOwnAccount(viewer)).toMatchObject({ twoFactorEnabled: false, twoFactorOffered: true });

    await expect(startTwoFactor(viewer, new Headers({ cookie }), "wrong")).rejects.toMatchObject({
      code: "validation",
      fields: { password: ["wrong_password"] },
    });
    const setup = await startTwoFactor(viewer, new Headers({ cookie }), "careful password");
    expect(setup.totpUri).toMatch(/^otpauth:\/\/totp\/Mutabaa:careful%40example\.test\?/);
    expect(setup.backupCodes.length).toBeGreaterThanOrEqual(8);
    // Not on until a code has been checked.
    expect((await signIn("careful@example.test", "careful password")).body).not.toHaveProperty("twoFactorRedirect");
    await expect(confirmTwoFactor(viewer, new Headers({ cookie }), "000000")).rejects.toMatchObject({
      code: "validation",
    });
    await confirmTwoFactor(viewer, new Headers({ cookie }), totp(setup.secret));
    expect((await db.user.findUniqueOrThrow({ where: { email: "careful@example.test" } })).twoFactorEnabled).toBe(true);

    // The password alone no longer makes a session: a two-factor challenge cookie instead.
    const first = await signIn("careful@example.test", "careful password");
    expect(first.body).toMatchObject({ twoFactorRedirect: true });
    expect(first.cookie).not.toContain("mutabaa.session_token=");
    expect(first.cookie).toContain("mutabaa.two_factor=");
    expect(await viewerForSession(new Headers({ cookie: first.cookie }))).toBeNull();

    // The code that switched it on was used once already: it does not sign in.
    const challenge = new Headers({ cookie: first.cookie });
    expect(await verifySecondFactor(challenge, totp(setup.secret))).toEqual({ status: "invalid_code" });
    // A wrong code, then the next right one (the app's next 30-second code, still accepted now).
    expect(await verifySecondFactor(challenge, "123456")).toEqual({ status: "invalid_code" });
    const nextCode = totp(setup.secret, Date.now() + 30_000);
    const verify = await POST(
      new Request(`${ORIGIN}/api/auth/two-factor/verify-totp`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, cookie: first.cookie },
        body: JSON.stringify({ code: nextCode }),
      }),
    );
    expect(verify.status).toBe(200);
    const sessionCookie = verify.headers.getSetCookie().find((c) => c.startsWith("mutabaa.session_token="))!;
    expect(await viewerForSession(new Headers({ cookie: sessionCookie.split(";")[0]! }))).toMatchObject({
      role: "secretariat",
    });

    // The server function behind the sign-in form reports the second step, and takes a backup code.
    expect(
      await signInWithPassword(clientHeaders(), { email: "careful@example.test", password: "careful password" }),
    ).toEqual({
      status: "two_factor_required",
    });
    const again = await signIn("careful@example.test", "careful password");
    // A code seen once (over a shoulder, in a log) cannot be replayed for another sign-in.
    expect(await verifySecondFactor(new Headers({ cookie: again.cookie }), nextCode)).toEqual({
      status: "invalid_code",
    });
    expect(await verifySecondFactor(new Headers({ cookie: again.cookie }), setup.backupCodes[0]!)).toEqual({
      status: "signed_in",
    });
  });
});

describe("personal API tokens", () => {
  it("are shown once, work as their owner, and stop working when revoked", async () => {
    const owner = await userViewer("scripter@example.test", "observer");
    const other = await userViewer("bystander@example.test", "observer");
    const { token, summary } = await createOwnApiToken(owner, { name: "nightly export", expiresInDays: 30 });
    expect(token).toMatch(/^mtb_/);
    expect(token.startsWith(summary.prefix)).toBe(true);
    expect(await db.apiToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await viewerForApiToken(token)).toMatchObject({ kind: "user", role: "observer" });
    expect((await listOwnApiTokens(owner)).map((t) => t.name)).toEqual(["nightly export"]);
    expect(await listOwnApiTokens(other)).toEqual([]);

    await expect(revokeOwnApiToken(other, summary.id)).rejects.toSatisfy((e) => codeOf(e) === "not_found");
    await revokeOwnApiToken(owner, summary.id);
    expect(await viewerForApiToken(token)).toBeNull();
    expect(await listOwnApiTokens(owner)).toEqual([]);
    await expect(createOwnApiToken({ kind: "anonymous" }, { name: "x", expiresInDays: null })).rejects.toSatisfy(
      (e) => codeOf(e) === "unauthorized",
    );
  });
});
