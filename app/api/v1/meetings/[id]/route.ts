import { api } from "@/lib/api/handler";
import { found, noContent, ok } from "@/lib/api/respond";
import { getMeeting } from "@/lib/meetings/data";
import { deleteMeeting, updateMeeting } from "@/lib/meetings/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) => ok(found(await getMeeting(viewer, params.id))));

export const PATCH = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await updateMeeting(viewer, params.id, await body())),
);

export const DELETE = api<{ id: string }>(async ({ viewer, params, deleteInput }) => {
  await deleteMeeting(viewer, params.id, await deleteInput());
  return noContent();
});
