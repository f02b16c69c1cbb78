import { beforeAll, describe, expect, it } from "vitest";
import { JSON_BODY_LIMIT } from "@/lib/http/body";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import { createActors, loadApiRoutes, type Actor, type ActorName, type RouteHandler } from "../support/actors";

// Limits before work (docs/decisions/031-limits-and-body-reading.md): a body is refused from its
// announced length before anything else, an anonymous caller's body is never read, and a body
// without a length (chunked) is read only up to its budget. The stream below counts what the
// server pulled from it, so "not read" is measured, not assumed.

const MB = 1024 * 1024;

let actors: Record<ActorName, Actor>;
let createPlan: RouteHandler;

beforeAll(async () => {
  actors = await createActors();
  const routes = await loadApiRoutes();
  createPlan = routes.find((r) => r.path === "/api/v1/plans")!.methods.POST!;
});

/** A body of `total` bytes made on demand, 64 KB at a time, counting what was pulled. */
function hugeBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

async function post(actor: Actor, body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request("http://localhost/api/v1/plans?locale=en", {
    method: "POST",
    headers: { "content-type": "application/json", ...actor.headers, ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  const response = await createPlan(request, { params: Promise.resolve({}) as Promise<never> });
  return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string } } };
}

describe("request bodies are refused before they cost memory", () => {
  it("a 100 MB anonymous body announced by Content-Length: 413 without a byte read", async () => {
    const { stream, counter } = hugeBody(100 * MB);
    const res = await post(actors.anonymous, stream, { "content-length": String(100 * MB) });
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({ code: "too_large", message: en.errors.too_large });
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it("the same for a signed-in caller", async () => {
    const { stream, counter } = hugeBody(100 * MB);
    const res = await post(actors.admin, stream, { "content-length": String(100 * MB) });
    expect(res.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it("an anonymous chunked body (no length) is not read: 401", async () => {
    const { stream, counter } = hugeBody(100 * MB);
    const res = await post(actors.anonymous, stream);
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe("unauthorized");
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it("a signed-in chunked body is read up to 1 MB, then 413", async () => {
    const { stream, counter } = hugeBody(100 * MB);
    const res = await post(actors.admin, stream);
    expect(res.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(JSON_BODY_LIMIT + 2 * 64 * 1024);
  });

  it("a body just under the limit is read and judged by the schema", async () => {
    const body = JSON.stringify({ startYear: 2040, endYear: 2041, title: { ar: "x".repeat(JSON_BODY_LIMIT - 200) } });
    const res = await post(actors.admin, body);
    expect(res.status).toBe(422);
  });

  it("a body that is not UTF-8, or a Content-Length that is not a number: 400", async () => {
    expect((await post(actors.admin, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).status).toBe(400);
    expect((await post(actors.admin, "{}", { "content-length": "-5" })).status).toBe(400);
  });

  it("nesting 5,000 deep: 400, in the caller's language", async () => {
    const res = await post(actors.admin, "[".repeat(5000) + "]".repeat(5000), { "accept-language": "ar" });
    expect(res.status).toBe(400);
    // ?locale=en wins over Accept-Language.
    expect(res.body.error?.message).toBe(en.errors.bad_request);
    expect(ar.errors.bad_request).not.toBe(en.errors.bad_request);
  });
});
