import { api } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";

// Any /api/v1 path no route file answers: a JSON 404 in the one error shape (Next.js would
// answer its HTML page). Bodiless requests are answered earlier by proxy.ts from the same list.

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const notFound = api(async () => {
  throw new AppError("not_found");
});

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
