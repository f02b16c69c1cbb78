import { api } from "@/lib/api/handler";
import { found, noContent, ok } from "@/lib/api/respond";
import { getComment } from "@/lib/comments/data";
import { deleteComment, updateComment } from "@/lib/comments/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) => ok(found(await getComment(viewer, params.id))));

export const PATCH = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await updateComment(viewer, params.id, await body())),
);

export const DELETE = api<{ id: string }>(async ({ viewer, params, deleteInput }) => {
  await deleteComment(viewer, params.id, await deleteInput());
  return noContent();
});
