import { errorResponse, ok } from "@/lib/api/respond";
import { requestLocale } from "@/lib/api/locale";
import { RETRY_AFTER_SECONDS } from "@/lib/faults";
import { readiness } from "@/lib/health/data";
import { AppError } from "@/lib/errors";

// GET /api/ready: 200 when the database answers and its schema is this build's, else 503 with
// Retry-After in the one error shape (readiness, for load balancers).

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const locale = requestLocale(request);
  try {
    const state = await readiness();
    if (state.ready) return ok({ status: "ready" });
    return errorResponse(new AppError("unavailable", { retryAfterSeconds: RETRY_AFTER_SECONDS }), locale);
  } catch (error) {
    return errorResponse(error, locale);
  }
}
