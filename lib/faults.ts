import { fromDatabaseError } from "./db/errors";
import { AppError } from "./errors";
import { fault } from "./log";

// Telling "the database is down, stalled or restarting" apart from a bug, so that the former is
// answered 503 with Retry-After (the client may simply try again) and the latter 500. Errors
// arrive wrapped by Prisma, by its pg adapter or raw from node-postgres, so the whole cause chain
// is looked at, by code and, where a library gives no code, by its fixed message.

/** Prisma's codes for an unreachable or timed-out database, or an exhausted pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/**
 * PostgreSQL SQLSTATEs: 57014 statement timeout (or cancel), 57P01-57P03 shutdown or starting
 * up, 53300 too many connections; class 08 is a broken connection.
 */
const SQLSTATE = /^(57014|57P0[123]|53300|08\w{3})$/;

const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);

const MESSAGES = [
  "Connection terminated",
  "Query read timeout",
  "timeout exceeded when trying to connect",
  "Connection refused",
  "Can't reach database server",
  "server closed the connection unexpectedly",
  "terminating connection due to administrator command",
  "the database system is starting up",
  "the database system is shutting down",
  "canceling statement due to statement timeout",
];

export function isDatabaseUnavailable(thrown: unknown): boolean {
  let current: unknown = thrown;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth++) {
    const error = current as { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown; kind?: unknown };
    if (typeof error.code === "string") {
      if (PRISMA_CODES.has(error.code) || SQLSTATE.test(error.code) || NODE_CODES.has(error.code)) return true;
    }
    const meta = error.meta as { code?: unknown; driverAdapterError?: unknown } | undefined;
    if (meta && typeof meta.code === "string" && SQLSTATE.test(meta.code)) return true;
    if (meta?.driverAdapterError && isDatabaseUnavailable(meta.driverAdapterError)) return true;
    if (typeof error.kind === "string" && /^(DatabaseNotReachable|SocketTimeout|ConnectionClosed)$/.test(error.kind))
      return true;
    if (typeof error.message === "string") {
      const message = error.message;
      if (MESSAGES.some((text) => message.includes(text))) return true;
      if (/Code: `(57014|57P0[123]|53300|08\w{3})`/.test(message)) return true;
    }
    current = error.cause;
  }
  return false;
}

/** Seconds a client is asked to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Anything thrown as an AppError: the database being unreachable, stalled or restarting is
 * `unavailable` (503, Retry-After) and logged once per outage; anything else unexpected is
 * `internal` (500). Server-only (it logs); lib/errors.ts stays importable by the client.
 */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof AppError) return thrown;
  if (isDatabaseUnavailable(thrown)) {
    fault("database_unavailable", thrown);
    return new AppError("unavailable", { retryAfterSeconds: RETRY_AFTER_SECONDS, cause: thrown });
  }
  // A database refusal of the caller's input (a key taken by a concurrent write...) is theirs to fix.
  const refused = fromDatabaseError(thrown);
  return refused instanceof AppError ? refused : new AppError("internal", { cause: thrown });
}
