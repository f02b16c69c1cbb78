import { api } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { reorderPillars } from "@/lib/pillars/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** `{ "order": [{ "id", "version" }, ...] }`: every pillar of the plan, in the new order. */
export const PUT = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await reorderPillars(viewer, params.id, await body())),
);
