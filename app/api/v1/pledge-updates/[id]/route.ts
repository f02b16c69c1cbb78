import { api } from "@/lib/api/handler";
import { found, ok } from "@/lib/api/respond";
import { getPledgeUpdate } from "@/lib/pledges/data";
import { editPledgeUpdate } from "@/lib/pledges/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) =>
  ok(found(await getPledgeUpdate(viewer, params.id))),
);

export const PATCH = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await editPledgeUpdate(viewer, params.id, await body())),
);
