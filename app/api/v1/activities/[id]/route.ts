import { getActivity } from "@/lib/activities/data";
import { deleteActivity, updateActivity } from "@/lib/activities/mutations";
import { api } from "@/lib/api/handler";
import { found, noContent, ok } from "@/lib/api/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) => ok(found(await getActivity(viewer, params.id))));

/** Any subset of the fields plus `version`; `{ "status", "progress", "note", "version" }` is the quick status update. */
export const PATCH = api<{ id: string }>(async ({ viewer, params, body, locale }) =>
  ok(await updateActivity(viewer, params.id, await body(), { locale })),
);

export const DELETE = api<{ id: string }>(async ({ viewer, params, deleteInput }) => {
  await deleteActivity(viewer, params.id, await deleteInput());
  return noContent();
});
