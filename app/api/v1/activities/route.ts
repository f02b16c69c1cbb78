import { listActivities } from "@/lib/activities/data";
import { createActivity } from "@/lib/activities/mutations";
import { ActivityListQuery } from "@/lib/activities/schema";
import { api } from "@/lib/api/handler";
import { created, ok } from "@/lib/api/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer, locale, query }) =>
  ok(await listActivities(viewer, query(ActivityListQuery), { locale })),
);

export const POST = api(async ({ viewer, body }) => created(await createActivity(viewer, await body())));
