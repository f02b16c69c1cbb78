import { api } from "@/lib/api/handler";
import { found, noContent, ok } from "@/lib/api/respond";
import { getUser } from "@/lib/users/data";
import { deleteUser, updateUser } from "@/lib/users/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) => ok(found(await getUser(viewer, params.id))));

export const PATCH = api<{ id: string }>(async ({ viewer, params, body }) =>
  ok(await updateUser(viewer, params.id, await body())),
);

export const DELETE = api<{ id: string }>(async ({ viewer, params, deleteInput }) => {
  await deleteUser(viewer, params.id, await deleteInput());
  return noContent();
});
