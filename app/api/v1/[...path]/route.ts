import { requestLocale } from "@/lib/api/locale";
import { errorResponse } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";

// Any /api/v1 path no route file answers: a JSON 404 in the one error shape (Next.js would
// answer its HTML page), without reading the body. Bodiless requests are answered earlier by
// proxy.ts from the same route list.

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const notFound = async (request: Request) => errorResponse(new AppError("not_found"), requestLocale(request));

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
