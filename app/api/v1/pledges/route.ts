import { api } from "@/lib/api/handler";
import { created, ok } from "@/lib/api/respond";
import { listPledges } from "@/lib/pledges/data";
import { createPledge } from "@/lib/pledges/mutations";
import { PledgeListQuery } from "@/lib/pledges/schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer, query }) => ok(await listPledges(viewer, query(PledgeListQuery))));

export const POST = api(async ({ viewer, body }) => created(await createPledge(viewer, await body())));
