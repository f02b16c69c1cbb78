import { api } from "@/lib/api/handler";
import { created, ok } from "@/lib/api/respond";
import { listPillars } from "@/lib/pillars/data";
import { createPillar } from "@/lib/pillars/mutations";
import { PillarListQuery } from "@/lib/pillars/schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer, query }) => ok(await listPillars(viewer, query(PillarListQuery))));

export const POST = api(async ({ viewer, body }) => created(await createPillar(viewer, await body())));
