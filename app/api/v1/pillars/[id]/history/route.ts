import { api } from "@/lib/api/handler";
import { found, ok } from "@/lib/api/respond";
import { getHistory } from "@/lib/audit/data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The pillar's audit events, newest first. */
export const GET = api<{ id: string }>(async ({ viewer, params }) =>
  ok(found(await getHistory(viewer, "pillar", params.id))),
);
