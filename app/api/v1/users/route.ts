import { api } from "@/lib/api/handler";
import { created, ok } from "@/lib/api/respond";
import { listUsers } from "@/lib/users/data";
import { createUser } from "@/lib/users/mutations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer }) => ok(await listUsers(viewer)));

export const POST = api(async ({ viewer, body }) => created(await createUser(viewer, await body())));
