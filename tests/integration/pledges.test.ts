import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listPendingPledgeUpdates, listPledgeUpdates, listPledges } from "@/lib/pledges/data";
import {
  createPledge,
  editPledgeUpdate,
  postPledgeUpdate,
  reviewPledgeUpdate,
  statusAfterProgress,
  updatePledge,
} from "@/lib/pledges/mutations";
import { callApi, createActors, loadApiRoutes, type Actor, type ActorName, type RouteHandler } from "../support/actors";

// Pledges and the progress updates on them: who may report on which state's pledge, what the
// secretariat's review does to the pledge, versions and the audit trail.

const db = getDb();
let actors: Record<ActorName, Actor>;
let routes: Map<string, RouteHandler>;

const route = (method: string, path: string) => routes.get(`${method} ${path}`)!;
const pledgeCount = () => db.pledge.count();
const updateCount = () => db.pledgeUpdate.count();
const auditCount = () => db.auditEvent.count();

async function egyptianPledge(progress = 0) {
  return createPledge(actors.secretariat.viewer, {
    memberStateId: "EG",
    title: { ar: "تعهد مصر بتوسيع الحماية", en: "Egypt's pledge to widen protection" },
    progress,
  });
}

const report = (progress: number | null, ar = "تقرير تقدم") => ({
  reportedOn: "2026-05-01",
  ...(progress === null ? {} : { progress }),
  body: { ar, en: "Progress report" },
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  actors = await createActors();
  routes = new Map();
  for (const r of await loadApiRoutes())
    for (const [method, handler] of Object.entries(r.methods)) routes.set(`${method} ${r.path}`, handler);
});

describe("posting a pledge update", () => {
  it("lets a focal point report on their own state's pledge, waiting for review", async () => {
    const pledge = await egyptianPledge();
    const before = await auditCount();
    const res = await callApi<{ id: string; status: string; progress: number; author: { name: string } }>(
      route("POST", "/api/v1/pledges/{id}/updates"),
      {
        method: "POST",
        path: `/api/v1/pledges/${pledge.id}/updates`,
        actor: actors.focalEg,
        params: { id: pledge.id },
        body: report(40),
      },
    );
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ status: "submitted", progress: 40, author: { name: "Focal Egypt Test" } });
    expect(await auditCount()).toBe(before + 1);
    // The pledge keeps its progress until the secretariat accepts.
    expect((await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).progress).toBe(0);
    const [listed] = await listPledges(actors.focalEg.viewer, { memberStateId: "EG" }).then((list) =>
      list.filter((p) => p.id === pledge.id),
    );
    expect(listed?.pendingUpdates).toBe(1);
  });

  it("refuses another state's focal point (403) and writes nothing", async () => {
    const pledge = await egyptianPledge();
    const before = {
      updates: await updateCount(),
      audit: await auditCount(),
      pledge: await db.pledge.findUnique({ where: { id: pledge.id } }),
    };
    const res = await callApi(route("POST", "/api/v1/pledges/{id}/updates"), {
      method: "POST",
      path: `/api/v1/pledges/${pledge.id}/updates`,
      actor: actors.focalJo,
      params: { id: pledge.id },
      body: report(90),
    });
    expect(res.status).toBe(403);
    expect(res.error?.code).toBe("forbidden");
    expect(await updateCount()).toBe(before.updates);
    expect(await auditCount()).toBe(before.audit);
    expect(await db.pledge.findUnique({ where: { id: pledge.id } })).toEqual(before.pledge);
  });

  it("hides a state's updates from other states' focal points but not the pledge", async () => {
    const pledge = await egyptianPledge();
    await postPledgeUpdate(actors.focalEg.viewer, pledge.id, report(10));
    expect((await listPledges(actors.focalJo.viewer, { memberStateId: "EG" })).map((p) => p.id)).toContain(pledge.id);
    expect((await rejection(listPledgeUpdates(actors.focalJo.viewer, pledge.id))).code).toBe("forbidden");
    expect(await listPledgeUpdates(actors.observer.viewer, pledge.id)).toHaveLength(1);
    expect((await rejection(listPledges(actors.anonymous.viewer))).code).toBe("unauthorized");
  });

  it("refuses a report without Arabic text or with progress above 100", async () => {
    const pledge = await egyptianPledge();
    const error = await rejection(
      postPledgeUpdate(actors.focalEg.viewer, pledge.id, {
        reportedOn: "2026-05-01",
        progress: 120,
        body: { en: "x" },
      }),
    );
    expect(error.code).toBe("validation");
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(["progress", "body.ar"]));
  });
});

describe("reviewing a pledge update", () => {
  it("accepting moves the pledge's progress and status, with audit events for both", async () => {
    const pledge = await egyptianPledge();
    const update = await postPledgeUpdate(actors.focalEg.viewer, pledge.id, report(60));
    const before = await auditCount();
    const res = await callApi<{ status: string; reviewer: { name: string } }>(
      route("POST", "/api/v1/pledge-updates/{id}/review"),
      {
        method: "POST",
        path: `/api/v1/pledge-updates/${update.id}/review`,
        actor: actors.secretariat,
        params: { id: update.id },
        body: { decision: "accept", version: update.version },
      },
    );
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ status: "accepted", reviewer: { name: "Secretariat Test" } });
    const row = await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } });
    expect(row).toMatchObject({ progress: 60, status: "in_progress", version: pledge.version + 1 });
    expect(await auditCount()).toBe(before + 2);
    const events = await db.auditEvent.findMany({
      where: { entityId: { in: [pledge.id, update.id] }, at: { gte: new Date(Date.now() - 60_000) } },
    });
    expect(events.map((e) => `${e.entityType}:${e.action}`)).toEqual(
      expect.arrayContaining(["PledgeUpdate:status_change", "Pledge:update"]),
    );
    expect(events.find((e) => e.entityType === "Pledge" && e.action === "update")?.changes).toEqual({
      progress: { from: 0, to: 60 },
      status: { from: "announced", to: "in_progress" },
    });
    expect(await listPendingPledgeUpdates(actors.secretariat.viewer, { memberStateId: "EG" })).not.toContainEqual(
      expect.objectContaining({ id: update.id }),
    );
  });

  it("a report of 100% fulfils the pledge", () => {
    expect(statusAfterProgress("announced", 100)).toBe("fulfilled");
    expect(statusAfterProgress("fulfilled", 70)).toBe("in_progress");
    expect(statusAfterProgress("withdrawn", 30)).toBe("withdrawn");
  });

  it("returning needs a note, leaves the pledge alone, and the focal point may reword and resubmit", async () => {
    const pledge = await egyptianPledge(20);
    const update = await postPledgeUpdate(actors.focalEg.viewer, pledge.id, report(80));
    const missing = await rejection(
      reviewPledgeUpdate(actors.secretariat.viewer, update.id, { decision: "return", version: update.version }),
    );
    expect(missing.code).toBe("validation");
    expect(missing.fields).toEqual({ note: ["required"] });

    const returned = await reviewPledgeUpdate(actors.secretariat.viewer, update.id, {
      decision: "return",
      note: { ar: "يرجى إرفاق ما يثبت التقدم المحرز", en: "Please attach evidence of the progress" },
      version: update.version,
    });
    expect(returned).toMatchObject({
      status: "returned",
      reviewNote: { en: "Please attach evidence of the progress" },
    });
    expect(await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).toMatchObject({
      progress: 20,
      version: pledge.version,
    });

    const resubmitted = await editPledgeUpdate(actors.focalEg.viewer, update.id, {
      progress: 50,
      version: returned.version,
    });
    expect(resubmitted).toMatchObject({ status: "submitted", progress: 50 });
    expect(
      (
        await rejection(
          editPledgeUpdate(actors.focalJo.viewer, update.id, { progress: 5, version: resubmitted.version }),
        )
      ).code,
    ).toBe("not_found");
  });

  it("refuses a stale version with 409 and the reviewer's name", async () => {
    const pledge = await egyptianPledge();
    const update = await postPledgeUpdate(actors.focalEg.viewer, pledge.id, report(30));
    await editPledgeUpdate(actors.focalEg.viewer, update.id, { progress: 35, version: update.version });
    const before = await auditCount();
    const stale = await rejection(
      reviewPledgeUpdate(actors.secretariat.viewer, update.id, { decision: "accept", version: update.version }),
    );
    expect(stale.code).toBe("conflict");
    expect(stale.conflict).toMatchObject({ currentVersion: update.version + 1, changedBy: "Focal Egypt Test" });
    expect(await auditCount()).toBe(before);
    expect((await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).progress).toBe(0);

    const stalePledge = await rejection(
      updatePledge(actors.secretariat.viewer, pledge.id, { progress: 5, version: pledge.version + 7 }),
    );
    expect(stalePledge.code).toBe("conflict");
  });

  it("leaves the review to the secretariat: a focal point cannot accept their own report", async () => {
    const pledge = await egyptianPledge();
    const update = await postPledgeUpdate(actors.focalEg.viewer, pledge.id, report(90));
    const before = { pledges: await pledgeCount(), audit: await auditCount() };
    expect(
      (
        await rejection(
          reviewPledgeUpdate(actors.focalEg.viewer, update.id, { decision: "accept", version: update.version }),
        )
      ).code,
    ).toBe("forbidden");
    expect(await auditCount()).toBe(before.audit);
    expect((await db.pledgeUpdate.findUniqueOrThrow({ where: { id: update.id } })).status).toBe("submitted");
  });
});
