import { api } from "@/lib/api/handler";
import { found, ok } from "@/lib/api/respond";
import { getMemberState } from "@/lib/member-states/data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** `{id}` is the ISO 3166-1 alpha-2 code ("EG"). */
export const GET = api<{ id: string }>(async ({ viewer, params }) =>
  ok(found(await getMemberState(viewer, params.id))),
);
