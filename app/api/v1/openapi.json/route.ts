import { api } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of this API, generated from the zod schemas it validates with. */
export const GET = api(async ({ request }) => {
  const origin = new URL(request.url).origin;
  return Response.json(openApiDocument(origin), { headers: { "cache-control": "public, max-age=300" } });
});
