import { api } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { listFrameworkTargets } from "@/lib/frameworks/data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async () => ok(await listFrameworkTargets()));
