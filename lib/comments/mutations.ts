import "server-only";
import { DeleteInput } from "@/lib/validation/fields";
import { FieldCheck } from "@/lib/audit/record";
import { diff, transaction, writeAudit, type Tx } from "@/lib/audit/write";
import { NEXT_VERSION, expectRecordVersion, findInScope, updateVersioned } from "@/lib/audit/versioned";
import { assertCan } from "@/lib/auth/permissions";
import { readableActivities, readableComments, readableDeliverables, readableMeetings } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, orNotFound, parseInput } from "@/lib/errors";
import { getComment, type CommentDto } from "./data";
import { CommentCreateInput, CommentUpdateInput } from "./schema";

// Comments on activities, meetings and deliverables. A focal point's comment belongs to their
// state: colleagues of that state may edit it, other states cannot even see it. The secretariat's
// comments belong to no state. Deleting hides a comment (deletedAt) and keeps its history.

const commentRecordSelect = {
  id: true,
  body: true,
  authorId: true,
  memberStateId: true,
  activityId: true,
  meetingId: true,
  deliverableId: true,
  version: true,
  updatedAt: true,
} as const;

const findComment = (tx: Tx, viewer: Viewer, id: string) =>
  findInScope(id, () =>
    tx.comment.findFirst({ where: { AND: [{ id }, readableComments(viewer)] }, select: commentRecordSelect }),
  );

export async function createComment(viewer: Viewer, input: unknown): Promise<CommentDto> {
  assertCan(viewer, "create", "comment");
  const data = parseInput(CommentCreateInput, input);
  // Focal points write for their state; everyone else allowed to comment writes for none.
  const memberStateId = viewer.kind === "user" && viewer.role === "focal_point" ? viewer.memberStateId : null;
  assertCan(viewer, "create", "comment", { memberStateId, authorId: viewer.kind === "user" ? viewer.userId : null });
  if (viewer.kind !== "user") throw new AppError("unauthorized");
  const id = await transaction(async (tx) => {
    const errors = new FieldCheck();
    const activity = data.activityId
      ? await tx.activity.count({ where: { AND: [{ id: data.activityId }, readableActivities(viewer)] } })
      : 1;
    const meeting = data.meetingId
      ? await tx.meeting.count({ where: { AND: [{ id: data.meetingId }, readableMeetings(viewer)] } })
      : 1;
    const deliverable = data.deliverableId
      ? await tx.deliverable.count({ where: { AND: [{ id: data.deliverableId }, readableDeliverables(viewer)] } })
      : 1;
    if (activity === 0) errors.add("activityId", "unknown_reference");
    if (meeting === 0) errors.add("meetingId", "unknown_reference");
    if (deliverable === 0) errors.add("deliverableId", "unknown_reference");
    errors.throwIfAny();
    const row = await tx.comment.create({
      data: {
        body: data.body,
        authorId: viewer.userId,
        memberStateId,
        activityId: data.activityId ?? null,
        meetingId: data.meetingId ?? null,
        deliverableId: data.deliverableId ?? null,
      },
      select: commentRecordSelect,
    });
    const { id, version: _version, updatedAt: _updatedAt, ...fields } = row;
    await writeAudit(tx, viewer, { action: "create", resource: "comment", entityId: id, changes: diff(null, fields) });
    return id;
  });
  return orNotFound(getComment(viewer, id));
}

export async function updateComment(viewer: Viewer, commentId: string, input: unknown): Promise<CommentDto> {
  assertCan(viewer, "update", "comment");
  const { body, version } = parseInput(CommentUpdateInput, input);
  await transaction(async (tx) => {
    const before = await findComment(tx, viewer, commentId);
    assertCan(viewer, "update", "comment", before);
    await expectRecordVersion(tx, "comment", before, version);
    if (before.body === body) return;
    await updateVersioned(tx, viewer, {
      resource: "comment",
      before,
      version,
      changes: diff({ body: before.body }, { body }),
      write: (where) =>
        tx.comment.updateMany({ where: { ...where, deletedAt: null }, data: { body, ...NEXT_VERSION } }),
    });
  });
  return orNotFound(getComment(viewer, commentId));
}

/** Hides the comment (it stays in the database, with its history). */
export async function deleteComment(viewer: Viewer, commentId: string, input: unknown): Promise<void> {
  assertCan(viewer, "delete", "comment");
  const { version } = parseInput(DeleteInput, input);
  await transaction(async (tx) => {
    const before = await findComment(tx, viewer, commentId);
    assertCan(viewer, "delete", "comment", before);
    await expectRecordVersion(tx, "comment", before, version);
    const { id: _id, version: _version, updatedAt: _updatedAt, ...fields } = before;
    // Hiding is an update of `deletedAt`, recorded as the deletion it is to its readers.
    await updateVersioned(tx, viewer, {
      resource: "comment",
      before,
      version,
      action: "delete",
      changes: diff(fields, null),
      write: (where) =>
        tx.comment.updateMany({
          where: { ...where, deletedAt: null },
          data: { deletedAt: new Date(), ...NEXT_VERSION },
        }),
    });
  });
}
