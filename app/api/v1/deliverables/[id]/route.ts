import { api } from "@/lib/api/handler";
import { found, noContent, ok } from "@/lib/api/respond";
import { getDeliverable } from "@/lib/deliverables/data";
import { deleteDeliverable, updateDeliverable } from "@/lib/deliverables/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) =>
  ok(found(await getDeliverable(viewer, params.id))),
);

export const PATCH = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await updateDeliverable(viewer, params.id, await body())),
);

export const DELETE = api<{ id: string }>(async ({ viewer, params, deleteInput }) => {
  await deleteDeliverable(viewer, params.id, await deleteInput());
  return noContent();
});
