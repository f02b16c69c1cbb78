import { beforeAll, describe, expect, it } from "vitest";
import * as commentsRoute from "@/app/api/v1/comments/route";
import * as usersRoute from "@/app/api/v1/users/route";
import { getHistory } from "@/lib/audit/data";
import type { Viewer } from "@/lib/auth/viewer";
import { getComment, listComments } from "@/lib/comments/data";
import { createComment, deleteComment, updateComment } from "@/lib/comments/mutations";
import { getDb } from "@/lib/db/client";
import { createUser, deleteUser, updateUser } from "@/lib/users/mutations";
import { callApi, createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

const db = getDb();
let actors: Record<ActorName, Actor>;
let fixture: Awaited<ReturnType<typeof createPlanFixture>>;
/** A second Egyptian focal point: same state, another person. */
let colleague: Viewer;

beforeAll(async () => {
  actors = await createActors();
  fixture = await createPlanFixture({ isPublic: true, activities: 1 });
  const user = await db.user.create({
    data: {
      email: `colleague-${Date.now()}@mutabaa.test`,
      name: "Colleague EG",
      role: "focal_point",
      memberStateId: "EG",
    },
  });
  colleague = { kind: "user", userId: user.id, role: "focal_point", memberStateId: "EG", name: user.name };
});

describe("comments", () => {
  it("belong to the focal point's state: colleagues edit them, other states cannot see them", async () => {
    const activityId = fixture.activities[0]!.id;
    const comment = await createComment(actors.focalEg.viewer, { activityId, body: "  ملاحظة من مصر  " });
    expect(comment).toMatchObject({
      body: "ملاحظة من مصر",
      memberState: { code: "EG" },
      author: { name: "Focal Egypt Test" },
      version: 1,
    });

    const edited = await updateComment(colleague, comment.id, { body: "ملاحظة معدلة", version: 1 });
    expect(edited.version).toBe(2);

    expect(await getComment(actors.focalJo.viewer, comment.id)).toBeNull();
    expect((await listComments(actors.focalJo.viewer, { activityId })).map((c) => c.id)).not.toContain(comment.id);
    await expect(updateComment(actors.focalJo.viewer, comment.id, { body: "x", version: 2 })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteComment(actors.focalJo.viewer, comment.id, { version: 2 })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await getHistory(actors.focalJo.viewer, "comment", comment.id)).toBeNull();

    // The secretariat reads and may remove it, but does not reword a state's words.
    expect(await getComment(actors.secretariat.viewer, comment.id)).not.toBeNull();
    await expect(updateComment(actors.secretariat.viewer, comment.id, { body: "x", version: 2 })).rejects.toMatchObject(
      { code: "forbidden" },
    );
    expect(await getComment(actors.observer.viewer, comment.id)).not.toBeNull();
  });

  it("the secretariat's comments are read by every focal point, written by none", async () => {
    const comment = await createComment(actors.secretariat.viewer, {
      meetingId: fixture.meetings.later.id,
      body: "من الأمانة",
    });
    expect(comment.memberState).toBeNull();
    expect(await getComment(actors.focalJo.viewer, comment.id)).not.toBeNull();
    await expect(updateComment(actors.focalJo.viewer, comment.id, { body: "x", version: 1 })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(
      (await updateComment(actors.secretariat.viewer, comment.id, { body: "من الأمانة العامة", version: 1 })).version,
    ).toBe(2);
  });

  it("deleting hides a comment and keeps its history rows", async () => {
    const comment = await createComment(actors.focalEg.viewer, {
      deliverableId: fixture.deliverable.id,
      body: "للحذف",
    });
    await deleteComment(actors.secretariat.viewer, comment.id, { version: 1 });
    expect(await getComment(actors.admin.viewer, comment.id)).toBeNull();
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).deletedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityType: "Comment", entityId: comment.id } })).toBe(2);
  });

  it("are refused to anonymous callers, even on a public plan", async () => {
    const res = await callApi(commentsRoute.GET, { path: `/api/v1/comments?activityId=${fixture.activities[0]!.id}` });
    expect(res.status).toBe(401);
    const post = await callApi(commentsRoute.POST, {
      method: "POST",
      path: "/api/v1/comments",
      body: { activityId: fixture.activities[0]!.id, body: "x" },
    });
    expect(post.status).toBe(401);
  });
});

describe("accounts (admin)", () => {
  it("creates an account with its email in lower case, and refuses a second one with the same address", async () => {
    const user = await createUser(actors.admin.viewer, {
      email: "New.Focal@Mutabaa.TEST",
      name: "New focal",
      role: "focal_point",
      memberStateId: "JO",
    });
    expect(user).toMatchObject({
      email: "new.focal@mutabaa.test",
      role: "focal_point",
      memberStateId: "JO",
      disabledAt: null,
      version: 1,
    });
    await expect(
      createUser(actors.admin.viewer, { email: "new.focal@mutabaa.test", name: "Dup", role: "observer" }),
    ).rejects.toMatchObject({
      code: "validation",
      fields: { email: ["taken"] },
    });
  });

  it("disabling an account ends its sessions and revokes its API tokens", async () => {
    const target = await createActors();
    const user = target.observer;
    await db.session.create({
      data: {
        id: `s-${user.userId}`,
        token: `t-${user.userId}`,
        userId: user.userId!,
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    const listAs = (actor: Actor) => callApi(commentsRoute.GET, { path: "/api/v1/comments", actor });
    expect((await listAs(user)).status).toBe(200);

    const disabled = await updateUser(actors.admin.viewer, user.userId!, { disabled: true, version: 1 });
    expect(disabled.disabledAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: user.userId! } })).toBe(0);
    expect((await listAs(user)).status).toBe(401);
    // Enabling it again does not bring the old token back.
    await updateUser(actors.admin.viewer, user.userId!, { disabled: false, version: 2 });
    expect((await listAs(user)).status).toBe(401);
    const history = (await getHistory(actors.admin.viewer, "user", user.userId!))!;
    expect(history.map((e) => e.changes)).toEqual([
      { disabled: { from: true, to: false } },
      { disabled: { from: false, to: true } },
    ]);
  });

  it("changes a role with the state it needs, and never lets an admin lock themselves out", async () => {
    const user = await createUser(actors.admin.viewer, {
      email: `obs-${Date.now()}@mutabaa.test`,
      name: "Obs",
      role: "observer",
    });
    await expect(updateUser(actors.admin.viewer, user.id, { role: "focal_point", version: 1 })).rejects.toMatchObject({
      fields: { memberStateId: ["required"] },
    });
    const promoted = await updateUser(actors.admin.viewer, user.id, {
      role: "focal_point",
      memberStateId: "EG",
      version: 1,
    });
    expect(promoted).toMatchObject({ role: "focal_point", memberStateId: "EG", version: 2 });
    const demoted = await updateUser(actors.admin.viewer, user.id, { role: "secretariat", version: 2 });
    expect(demoted).toMatchObject({ role: "secretariat", memberStateId: null, version: 3 });
    await expect(
      updateUser(actors.admin.viewer, actors.admin.userId!, { disabled: true, version: 1 }),
    ).rejects.toMatchObject({
      fields: { disabled: ["own_account"] },
    });
    await expect(deleteUser(actors.admin.viewer, actors.admin.userId!, { version: 1 })).rejects.toMatchObject({
      fields: { _: ["own_account"] },
    });
  });

  it("deletes an account that never changed anything, and keeps one that did", async () => {
    const idle = await createUser(actors.admin.viewer, {
      email: `idle-${Date.now()}@mutabaa.test`,
      name: "Idle",
      role: "observer",
    });
    await deleteUser(actors.admin.viewer, idle.id, { version: idle.version });
    expect(await db.user.findUnique({ where: { id: idle.id } })).toBeNull();
    // The secretariat account wrote comments and audit events above.
    await expect(deleteUser(actors.admin.viewer, actors.secretariat.userId!, { version: 1 })).rejects.toMatchObject({
      fields: { _: ["has_history"] },
    });
  });

  it("is for admins only", async () => {
    for (const actor of [actors.secretariat, actors.focalEg, actors.observer]) {
      expect((await callApi(usersRoute.GET, { path: "/api/v1/users", actor })).status).toBe(403);
    }
    expect((await callApi(usersRoute.GET, { path: "/api/v1/users" })).status).toBe(401);
    const list = await callApi<{ email: string }[]>(usersRoute.GET, { path: "/api/v1/users", actor: actors.admin });
    expect(list.status).toBe(200);
    expect(list.data.every((u) => !("password" in u))).toBe(true);
  });
});
