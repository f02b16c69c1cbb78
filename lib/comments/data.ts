import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { readableComments } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import { memberStateSelect, toMemberState, type MemberStateDto } from "@/lib/member-states/dto";

export interface CommentDto {
  id: string;
  body: string;
  /** null once the author's account is deleted. */
  author: { id: string; name: string } | null;
  /** The state a focal point wrote for; null for the secretariat's comments. */
  memberState: MemberStateDto | null;
  activityId: string | null;
  meetingId: string | null;
  deliverableId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const commentSelect = {
  id: true,
  body: true,
  author: { select: { id: true, name: true } },
  memberState: { select: memberStateSelect },
  activityId: true,
  meetingId: true,
  deliverableId: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.CommentSelect;

export function toComment(row: Prisma.CommentGetPayload<{ select: typeof commentSelect }>): CommentDto {
  return {
    ...row,
    memberState: row.memberState ? toMemberState(row.memberState) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Comments the viewer may read on one activity, meeting or deliverable (or all of them), oldest first.
 * Anonymous visitors are refused (401) rather than shown an empty list.
 */
export async function listComments(
  viewer: Viewer,
  filter: { activityId?: string; meetingId?: string; deliverableId?: string } = {},
): Promise<CommentDto[]> {
  assertCan(viewer, "read", "comment");
  const { activityId, meetingId, deliverableId } = filter;
  if (![activityId, meetingId, deliverableId].filter((v) => v !== undefined).every(isUuid)) return [];
  const rows = await getDb().comment.findMany({
    where: {
      AND: [
        readableComments(viewer),
        activityId ? { activityId } : {},
        meetingId ? { meetingId } : {},
        deliverableId ? { deliverableId } : {},
      ],
    },
    select: commentSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toComment);
}

export async function getComment(viewer: Viewer, commentId: string): Promise<CommentDto | null> {
  assertCan(viewer, "read", "comment");
  if (!isUuid(commentId)) return null;
  const row = await getDb().comment.findFirst({
    where: { AND: [{ id: commentId }, readableComments(viewer)] },
    select: commentSelect,
  });
  return row ? toComment(row) : null;
}
