import { z } from "zod";
import { Id, TEXT_LIMITS, Text, Version } from "@/lib/validation/fields";

// Input of the comment mutations and of POST/PATCH /api/v1/comments. A comment is plain text in
// its writer's language (not bilingual) on exactly one activity, meeting or deliverable.

export const CommentBody = Text(TEXT_LIMITS.comment);

export const CommentCreateInput = z
  .strictObject({
    activityId: Id.optional(),
    meetingId: Id.optional(),
    deliverableId: Id.optional(),
    body: CommentBody,
  })
  .refine((c) => [c.activityId, c.meetingId, c.deliverableId].filter((v) => v !== undefined).length === 1, {
    params: { key: "one_parent" },
  })
  .meta({ id: "CommentCreateInput" });
export type CommentCreateInput = z.infer<typeof CommentCreateInput>;

export const CommentUpdateInput = z
  .strictObject({ body: CommentBody, version: Version })
  .meta({ id: "CommentUpdateInput" });
export type CommentUpdateInput = z.infer<typeof CommentUpdateInput>;

/** `GET /api/v1/comments?activityId=` (or meetingId, deliverableId). */
export const CommentListQuery = z.object({
  activityId: Id.optional(),
  meetingId: Id.optional(),
  deliverableId: Id.optional(),
});
export type CommentListQuery = z.infer<typeof CommentListQuery>;
