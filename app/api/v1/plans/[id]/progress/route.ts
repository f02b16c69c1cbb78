import { api } from "@/lib/api/handler";
import { found, ok } from "@/lib/api/respond";
import { getPlanProgress } from "@/lib/dashboard/data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) =>
  ok(found(await getPlanProgress(viewer, params.id))),
);
