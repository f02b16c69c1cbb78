import { api } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { reviewPledgeUpdate } from "@/lib/pledges/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Accept (the pledge takes the update's progress) or return (with a note) a submitted update. */
export const POST = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await reviewPledgeUpdate(viewer, params.id, await body())),
);
