import { api } from "@/lib/api/handler";
import { found, ok } from "@/lib/api/respond";
import { getPlanFrameworkCoverage } from "@/lib/frameworks/data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) =>
  ok(found(await getPlanFrameworkCoverage(viewer, params.id))),
);
