import { api } from "@/lib/api/handler";
import { found, noContent, ok } from "@/lib/api/respond";
import { getPledge } from "@/lib/pledges/data";
import { deletePledge, updatePledge } from "@/lib/pledges/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) => ok(found(await getPledge(viewer, params.id))));

export const PATCH = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await updatePledge(viewer, params.id, await body())),
);

export const DELETE = api<{ id: string }>(async ({ viewer, params, deleteInput }) => {
  await deletePledge(viewer, params.id, await deleteInput());
  return noContent();
});
