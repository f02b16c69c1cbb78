import { api } from "@/lib/api/handler";
import { found, noContent, ok } from "@/lib/api/respond";
import { getPillar } from "@/lib/pillars/data";
import { deletePillar, updatePillar } from "@/lib/pillars/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) => ok(found(await getPillar(viewer, params.id))));

export const PATCH = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await updatePillar(viewer, params.id, await body())),
);

export const DELETE = api<{ id: string }>(async ({ viewer, params, deleteInput }) => {
  await deletePillar(viewer, params.id, await deleteInput());
  return noContent();
});
