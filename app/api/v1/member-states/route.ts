import { api } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { listMemberStates } from "@/lib/member-states/data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer }) => ok(await listMemberStates(viewer)));
