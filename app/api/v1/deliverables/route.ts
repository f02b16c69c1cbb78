import { api } from "@/lib/api/handler";
import { created, ok } from "@/lib/api/respond";
import { listDeliverables } from "@/lib/deliverables/data";
import { createDeliverable } from "@/lib/deliverables/mutations";
import { DeliverableListQuery } from "@/lib/deliverables/schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer, locale, query }) =>
  ok(await listDeliverables(viewer, query(DeliverableListQuery), { locale })),
);

export const POST = api(async ({ viewer, body }) => created(await createDeliverable(viewer, await body())));
