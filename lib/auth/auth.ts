import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";

// better-auth, configured for Mutabaa (docs/decisions/007-authentication.md):
// - email + password only; nobody signs up: an administrator creates the account and hands over a
//   one-time link (better-auth's reset-password token, which creates the credential on first use);
// - argon2id hashes (lib/auth/password.ts); sessions in the database, no cookie cache, so signing
//   out, disabling an account or changing a password takes effect on the next request;
// - optional TOTP second factor (two-factor plugin);
// - failed sign-ins throttled per account and per address, counted in the RateLimit table, on
//   top of better-auth's own per-address limiter on /api/auth/*;
// - a disabled account (User.disabledAt) can create no session.
// Created on first use, not at import: `next build` loads this module without any secret.

/** Cookies are `mutabaa.session_token` etc.; lib/auth/session.ts skips the lookup without one. */
export const COOKIE_PREFIX = "mutabaa";
export const SESSION_COOKIE = `${COOKIE_PREFIX}.session_token`;

/** One-time links (invitation and reset) stay valid for three days: long enough for an email
 * to reach a ministry and be read, short enough that a forgotten one dies. */
export const SET_PASSWORD_LINK_SECONDS = 3 * 24 * 60 * 60;

// Failed sign-ins. Every attempt is counted before the password is checked (so parallel guesses
// cannot all slip past a read-then-write check); a success takes its attempt back. Counted per
// (account, address) and per address, never per account alone: an attacker elsewhere must not be
// able to keep the owner out. Past the free attempts each further one waits 2^n seconds after the
// last (capped), so guessing slows down without a fixed lock anyone can renew
// (docs/decisions/027-sign-in-throttle.md). A key quiet for the window starts afresh.
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const MAX_ATTEMPTS_PER_ACCOUNT = 5;
export const MAX_ATTEMPTS_PER_ADDRESS = 30;
export const MAX_SIGN_IN_DELAY_SECONDS = 5 * 60;
export const SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";
export const ACCOUNT_DISABLED = "ACCOUNT_DISABLED";

// ---------------------------------------------------------------------------------------------
// Configuration from the environment

let generatedSecret: string | undefined;

function authSecret(): string {
  const { MUTABAA_AUTH_SECRET: secret, NODE_ENV } = env();
  if (secret) return secret;
  if (NODE_ENV === "production") {
    throw new Error(
      "MUTABAA_AUTH_SECRET is not set. `npm start` generates one for the embedded database; with DATABASE_URL, " +
        "set MUTABAA_AUTH_SECRET to a long random value (for example `openssl rand -base64 32`) and keep it.",
    );
  }
  // Development and tests: a secret per process. Sessions and TOTP secrets do not survive a restart.
  return (generatedSecret ??= randomBytes(32).toString("base64url"));
}

/** The public URL (`https://mutabaa.example.org`); unset, each request's own origin is used. */
function baseUrl(): string | undefined {
  return env().MUTABAA_BASE_URL;
}

// ---------------------------------------------------------------------------------------------
// One-time links: better-auth hands the token to `sendResetPassword`; invitations.ts runs
// `requestPasswordReset` inside `captureResetToken` to receive it, then shows it to the
// administrator (and emails it when SMTP is configured).

const resetTokenCapture = new AsyncLocalStorage<{ token?: string }>();

export async function captureResetToken(issue: () => Promise<unknown>): Promise<string> {
  const store: { token?: string } = {};
  await resetTokenCapture.run(store, issue);
  if (!store.token) throw new Error("better-auth issued no reset token");
  return store.token;
}

// ---------------------------------------------------------------------------------------------
// Sign-in throttling

const digest = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 32);

function attemptKeys(email: string, headers: Headers) {
  // No address that parses is one shared "unknown" address, not a free pass.
  const address = clientAddress(headers) ?? "unknown";
  return {
    // Hashed: a typo'd or guessed address is not worth keeping in clear text.
    pair: `sign-in:pair:${digest(`${email.trim().toLowerCase()}\n${address}`)}`,
    address: `sign-in:address:${digest(address)}`,
  };
}

/** Seconds one must wait after the last of `failures` before the next attempt. */
export function signInDelaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), MAX_SIGN_IN_DELAY_SECONDS);
}

/**
 * Counts one attempt against `key` unless it comes too soon after the last; returns the seconds
 * left to wait (0: counted, go on). The row is locked, so concurrent attempts queue on it.
 */
async function countFailure(key: string, free: number, now: number): Promise<number> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${key}, 0, 0)
      ON CONFLICT ("key") DO NOTHING`;
    const [row] = await tx.$queryRaw<{ count: number; lastRequest: bigint }[]>`
      SELECT "count", "lastRequest" FROM "RateLimit" WHERE "key" = ${key} FOR UPDATE`;
    const last = Number(row!.lastRequest);
    const failures = last <= now - SIGN_IN_WINDOW_SECONDS * 1000 ? 0 : row!.count;
    const wait = Math.ceil((last + signInDelaySeconds(failures, free) * 1000 - now) / 1000);
    if (failures >= free && wait > 0) return wait;
    await tx.$executeRaw`UPDATE "RateLimit" SET "count" = ${failures + 1}, "lastRequest" = ${now} WHERE "key" = ${key}`;
    return 0;
  });
}

/**
 * Counts one attempt against `key` in a fixed window and returns the count with the window's
 * start. One statement, so concurrent attempts are counted exactly.
 */
async function countAttempt(
  key: string,
  now: number,
  windowSeconds = SIGN_IN_WINDOW_SECONDS,
): Promise<{ count: number; start: number }> {
  const windowMs = windowSeconds * 1000;
  const rows = await getDb().$queryRaw<{ count: number; lastRequest: bigint }[]>`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest")
    VALUES (${randomUUID()}, ${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."lastRequest" <= ${now - windowMs} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" <= ${now - windowMs} THEN ${now} ELSE "RateLimit"."lastRequest" END
    RETURNING "count", "lastRequest"`;
  const row = rows[0]!;
  return { count: row.count, start: Number(row.lastRequest) };
}

async function takeBackAttempt(key: string): Promise<void> {
  await getDb().$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

async function forgetAttempts(key: string): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { key } });
}

/** What better-auth hands a before/after hook. */
type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

async function throttleSignIn(ctx: HookContext): Promise<void> {
  const email: unknown = ctx.body?.email;
  if (typeof email !== "string") return;
  const keys = attemptKeys(email, ctx.request?.headers ?? ctx.headers ?? new Headers());
  const now = Date.now();
  let retryAfter = await countFailure(keys.pair, MAX_ATTEMPTS_PER_ACCOUNT, now);
  if (retryAfter === 0) retryAfter = await countFailure(keys.address, MAX_ATTEMPTS_PER_ADDRESS, now);
  if (retryAfter > 0) {
    throw new APIError(
      "TOO_MANY_REQUESTS",
      { code: SIGN_IN_THROTTLED, message: `Too many failed sign-ins. Try again in ${retryAfter} seconds.`, retryAfter },
      { "Retry-After": String(retryAfter), "X-Retry-After": String(retryAfter) },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// One use per TOTP code. better-auth accepts a code for its whole validity (the current 30-second
// step and its neighbours) as often as it is sent; someone who sees a code typed (over a shoulder,
// in a proxy log) could sign in with it too. A code is counted per account when it is offered,
// in one atomic statement, so a second use (even a concurrent one) within the window is refused.

/** Longer than a code is ever accepted (three 30-second steps). */
const TOTP_REUSE_WINDOW_SECONDS = 120;

/** The account a TOTP code is offered for: the signed-in user, or the pending two-factor sign-in. */
async function totpAccount(ctx: HookContext): Promise<string | null> {
  const session = await getSessionFromCtx(ctx).catch(() => null);
  if (session) return session.user.id;
  const cookie = ctx.context.createAuthCookie("two_factor");
  const pending = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!pending) return null;
  const verification = await ctx.context.internalAdapter.findVerificationValue(pending);
  return verification?.value ?? null;
}

async function refuseReusedTotp(ctx: HookContext): Promise<void> {
  const code: unknown = ctx.body?.code;
  if (typeof code !== "string") return;
  const userId = await totpAccount(ctx);
  if (!userId) return;
  const now = Date.now();
  const { count } = await countAttempt(
    `totp-used:${digest(`${userId}:${code.trim()}`)}`,
    now,
    TOTP_REUSE_WINDOW_SECONDS,
  );
  if (count > 1) throw new APIError("UNAUTHORIZED", { code: "INVALID_CODE", message: "Invalid code" });
  await getDb().rateLimit.deleteMany({
    where: { key: { startsWith: "totp-used:" }, lastRequest: { lt: now - TOTP_REUSE_WINDOW_SECONDS * 1000 } },
  });
}

const beforeAuth = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/sign-in/email") await throttleSignIn(ctx);
  else if (ctx.path === "/two-factor/verify-totp") await refuseReusedTotp(ctx);
  // A changed password ends every other session, whoever calls POST /api/auth/change-password:
  // whoever learnt the old password must not stay signed in with it.
  else if (ctx.path === "/change-password" && ctx.body && typeof ctx.body === "object")
    return { context: { body: { ...ctx.body, revokeOtherSessions: true } } };
});

const settleSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const email: unknown = ctx.body?.email;
  if (typeof email !== "string") return;
  const returned: unknown = ctx.context.returned;
  const failed = returned instanceof Error || (returned instanceof Response && !returned.ok);
  if (failed) return;
  // The password was right (a second factor may still be asked for): this attempt was no guess.
  const keys = attemptKeys(email, ctx.request?.headers ?? ctx.headers ?? new Headers());
  await forgetAttempts(keys.pair);
  await takeBackAttempt(keys.address);
  // Windows that ended are of no use; sign-ins are rare enough to tidy up here.
  await getDb().rateLimit.deleteMany({
    where: { key: { startsWith: "sign-in:" }, lastRequest: { lt: Date.now() - SIGN_IN_WINDOW_SECONDS * 1000 } },
  });
});

// ---------------------------------------------------------------------------------------------

function createAuth() {
  const url = baseUrl();
  return betterAuth({
    appName: "Mutabaa",
    secret: authSecret(),
    baseURL: url,
    trustedOrigins: url ? [url] : undefined,
    basePath: "/api/auth",
    database: prismaAdapter(getDb(), { provider: "postgresql", transaction: true }),
    telemetry: { enabled: false },
    logger: {
      // Tests provoke failed and throttled sign-ins on purpose; their warnings would bury real output.
      disabled: env().NODE_ENV === "test",
      level: "warn",
      log(level, message, ...args) {
        // Without MUTABAA_BASE_URL each request's origin is used, which is intended: say so once
        // in the README rather than in every log.
        if (message.includes("Base URL is not set")) return;
        const write = level === "error" ? console.error : level === "warn" ? console.warn : console.log;
        write(`[auth] ${message}`, ...args);
      },
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
      resetPasswordTokenExpiresIn: SET_PASSWORD_LINK_SECONDS,
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ token }) {
        const store = resetTokenCapture.getStore();
        // Only invitations.ts asks for links; /request-password-reset is closed to the public.
        if (store) store.token = token;
      },
    },
    session: {
      expiresIn: 7 * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
      cookieCache: { enabled: false },
    },
    databaseHooks: {
      session: {
        create: {
          async before(session) {
            const user = await getDb().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (!user || user.disabledAt) {
              throw new APIError("FORBIDDEN", { code: ACCOUNT_DISABLED, message: "This account is disabled." });
            }
          },
        },
      },
    },
    hooks: { before: beforeAuth, after: settleSignIn },
    rateLimit: {
      // Also in development and tests, so what is tested is what runs.
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        // Per address on the HTTP endpoint. Its window matches SIGN_IN_WINDOW_SECONDS because
        // better-auth prunes RateLimit rows older than its longest window, and the failure
        // counters above live in the same table.
        "/sign-in/email": { window: SIGN_IN_WINDOW_SECONDS, max: MAX_ATTEMPTS_PER_ADDRESS },
      },
    },
    // Endpoints Mutabaa does not use are closed on /api/auth (auth.api still has them).
    disabledPaths: [
      "/sign-up/email",
      "/request-password-reset",
      "/update-user",
      "/delete-user",
      "/change-email",
      "/send-verification-email",
      "/verify-email",
      "/sign-in/social",
      "/link-social",
      "/unlink-account",
      "/two-factor/send-otp",
      "/two-factor/verify-otp",
    ],
    advanced: {
      // better-auth's limiter reads X-Forwarded-For the same way as lib/http/client-address.ts.
      ipAddress: { trustedProxies: [...env().MUTABAA_TRUSTED_PROXIES.entries] },
      cookiePrefix: COOKIE_PREFIX,
      // Secure cookies need https; the embedded default is served over plain http on a LAN.
      useSecureCookies: url?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // UUIDs for every table (User.id is a uuid column). Not the "uuid" preset: with it the
      // Prisma adapter leaves ids to database defaults, which Session, Account, Verification,
      // TwoFactor and RateLimit do not have.
      database: { generateId: () => randomUUID() },
    },
    plugins: [
      twoFactor({ issuer: "Mutabaa" }),
      // Last: lets server actions set the cookies that auth.api calls return.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { mutabaaAuth?: Auth };
let auth: Auth | undefined;

/** The process-wide better-auth instance, over getDb()'s client (kept across hot reloads in development). */
export function getAuth(): Auth {
  if (env().NODE_ENV === "development") return (globalForAuth.mutabaaAuth ??= createAuth());
  return (auth ??= createAuth());
}
