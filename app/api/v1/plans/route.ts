import { api } from "@/lib/api/handler";
import { created, ok } from "@/lib/api/respond";
import { listPlans } from "@/lib/plans/data";
import { createPlan } from "@/lib/plans/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer }) => ok(await listPlans(viewer)));

export const POST = api(async ({ viewer, body }) => created(await createPlan(viewer, await body())));
