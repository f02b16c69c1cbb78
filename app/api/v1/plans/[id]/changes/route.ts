import { api } from "@/lib/api/handler";
import { found, ok } from "@/lib/api/respond";
import { getPlanChanges } from "@/lib/dashboard/data";
import { ChangesQuery } from "@/lib/dashboard/schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params, query }) =>
  ok(found(await getPlanChanges(viewer, params.id, query(ChangesQuery)))),
);
