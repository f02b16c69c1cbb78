import { reorderActivities } from "@/lib/activities/mutations";
import { api } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** `{ "order": [{ "id", "version" }, ...] }`: every activity of the pillar, in the new order. */
export const PUT = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await reorderActivities(viewer, params.id, await body())),
);
