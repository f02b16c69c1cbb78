import { api } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { linkActivity, unlinkActivity } from "@/lib/meetings/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { id: string; activityId: string };

/** Links the activity to the meeting: `{ "version" }` of the meeting. */
export const PUT = api<Params>(async ({ viewer, params, body }) =>
  ok(await linkActivity(viewer, params.id, params.activityId, await body())),
);

/** Unlinks it: `?version=` (or `{ "version" }`) of the meeting. */
export const DELETE = api<Params>(async ({ viewer, params, deleteInput }) =>
  ok(await unlinkActivity(viewer, params.id, params.activityId, await deleteInput())),
);
