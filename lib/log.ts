import pino, { type Logger } from "pino";
import { env } from "./env";

// Structured logs (JSON lines on stdout) for faults, not for requests: a database that is down
// while hundreds of requests arrive gives one line when it goes away, then at most one line a
// minute saying how many requests it has failed since, and one line when it is back.

let instance: Logger | undefined;

/** The process's logger, made on first use (the environment is read lazily, see lib/env.ts). */
export function logger(): Logger {
  return (instance ??= pino({ base: { app: "mutabaa" }, level: env().MUTABAA_LOG_LEVEL ?? "info" }));
}

const REPEAT_MS = 60_000;
const open = new Map<string, { since: number; lastLine: number; count: number }>();

/** Records one occurrence of the fault `kind`; logs the first one and then a count once a minute. */
export function fault(kind: string, error?: unknown): void {
  const now = Date.now();
  const state = open.get(kind);
  if (!state) {
    open.set(kind, { since: now, lastLine: now, count: 1 });
    logger().error(
      { fault: kind, err: error instanceof Error ? { message: error.message } : undefined },
      `${kind}: started`,
    );
    return;
  }
  state.count++;
  if (now - state.lastLine >= REPEAT_MS) {
    state.lastLine = now;
    logger().error({ fault: kind, occurrences: state.count, sinceMs: now - state.since }, `${kind}: continuing`);
  }
}

/** Marks the fault `kind` as over (one line, only when it was open). */
export function recovered(kind: string): void {
  const state = open.get(kind);
  if (!state) return;
  open.delete(kind);
  logger().info({ fault: kind, occurrences: state.count, durationMs: Date.now() - state.since }, `${kind}: recovered`);
}
