import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/health/route";
import * as readyRoute from "@/app/api/ready/route";
import { errorResponse } from "@/lib/api/respond";
import { createPrismaClient, DB_TIMEOUTS, getDb } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/faults";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

// A database that is down, stalled or too slow is a 503 with Retry-After in the one error shape
// (the client may try again), never a 500 or a hang; the health endpoints tell load balancers.

const db = getDb();
// A port that accepts connections and never answers: a stalled (SIGSTOPped) PostgreSQL.
const sockets = new Set<net.Socket>();
const stalled = net.createServer((socket) => void sockets.add(socket));
await new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve));
const stalledPort = (stalled.address() as net.AddressInfo).port;
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => stalled.close(() => resolve()));
});

async function thrownBy(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("database faults", () => {
  it("answers a refused connection with a localized 503 and Retry-After", async () => {
    const dead = createPrismaClient("postgresql://mutabaa:x@127.0.0.1:1/mutabaa", DB_TIMEOUTS);
    const error = await thrownBy(() => dead.actionPlan.count());
    expect(isDatabaseUnavailable(error)).toBe(true);
    for (const [locale, messages] of [
      ["ar", ar],
      ["en", en],
    ] as const) {
      const response = errorResponse(error, locale);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toEqual({ error: { code: "unavailable", message: messages.errors.unavailable } });
    }
  });

  it("gives up on a stalled server after the connection timeout instead of hanging", async () => {
    const hung = createPrismaClient(`postgresql://mutabaa:x@127.0.0.1:${stalledPort}/mutabaa`, DB_TIMEOUTS);
    const error = await thrownBy(() => hung.actionPlan.count());
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(errorResponse(error, "en").status).toBe(503);
  });

  it("cancels a statement over the statement timeout, as unavailable", async () => {
    const url = process.env.DATABASE_URL!;
    const slow = createPrismaClient(url, { statement_timeout: 200 });
    const error = await thrownBy(() => slow.$queryRaw`SELECT pg_sleep(2)`);
    expect(isDatabaseUnavailable(error)).toBe(true);
    await slow.$disconnect();
  });

  it("keeps a real bug a 500: a missing table is not unavailability", async () => {
    const error = await thrownBy(() => db.$executeRawUnsafe(`SELECT * FROM "no_such_table"`));
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(errorResponse(error, "en").status).toBe(500);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
  });
});

describe("health endpoints", () => {
  it("reports the process alive and the migrated database ready", async () => {
    const health = healthRoute.GET();
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ data: { status: "alive" } });
    const ready = await readyRoute.GET(new Request("http://localhost/api/ready"));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ data: { status: "ready" } });
  });

  it("is not ready while a shipped migration is not applied", async () => {
    const [last] = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = ${last!.migration_name}`;
    try {
      const ready = await readyRoute.GET(new Request("http://localhost/api/ready?locale=ar"));
      expect(ready.status).toBe(503);
      expect(ready.headers.get("retry-after")).toBe("5");
      expect(await ready.json()).toEqual({ error: { code: "unavailable", message: ar.errors.unavailable } });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = ${last!.migration_name}`;
    }
  });
});
