import { api } from "@/lib/api/handler";
import { created, found, ok } from "@/lib/api/respond";
import { listPledgeUpdates } from "@/lib/pledges/data";
import { postPledgeUpdate } from "@/lib/pledges/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) =>
  ok(found(await listPledgeUpdates(viewer, params.id))),
);

export const POST = api<{ id: string }>(async ({ viewer, params, body }) =>
  created(await postPledgeUpdate(viewer, params.id, await body())),
);
