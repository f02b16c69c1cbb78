import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { requestLocale } from "@/lib/api/locale";
import { errorResponse } from "@/lib/api/respond";
import { JSON_BODY_LIMIT } from "@/lib/http/body";
import { allowedMethods } from "@/lib/api/routes";
import { AppError } from "@/lib/errors";
import { routing } from "@/lib/i18n/routing";
import { securityHeaders } from "@/lib/security-headers";

// Next 16 names this file proxy.ts. Pages: adds the locale prefix (`/` → `/ar`, `/plans` →
// `/ar/plans`). API: answers, before any route code runs, what Next.js itself would answer in
// plain text or HTML (docs/decisions/033-error-shape-everywhere.md): an undecodable path (400),
// an unknown /api/v1 route (404), a method the route does not have (405 with Allow), and a
// server action posted from another site (403).
const pages = createMiddleware(routing);

/** Whether every segment of the path is valid percent-encoded UTF-8 (`%FF` is not). */
function decodable(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

function apiError(request: NextRequest, code: AppError["code"], allow?: string[]): Response {
  const answer = errorResponse(new AppError(code), requestLocale(request));
  const headers = new Headers(answer.headers);
  for (const { key, value } of securityHeaders) headers.set(key, value);
  if (allow) headers.set("allow", allow.join(", "));
  return new NextResponse(answer.body, { status: answer.status, headers });
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!decodable(pathname)) return apiError(request, "bad_request");
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    if (pathname.startsWith("/api/v1/") || pathname === "/api/v1") {
      const allow = allowedMethods(pathname);
      if (!allow) return apiError(request, "not_found");
      if (!allow.includes(request.method)) return apiError(request, "method_not_allowed", allow);
    } else if (pathname.startsWith("/api/auth/")) {
      const allow = ["GET", "HEAD", "POST", "OPTIONS"];
      if (!allow.includes(request.method)) return apiError(request, "method_not_allowed", allow);
    }
    return NextResponse.next();
  }
  // A server action announcing more than its 1 MB: Next.js refuses it too, but with a 500 (a
  // chunked body over the limit still gets Next.js's own answer).
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > JSON_BODY_LIMIT) {
    return apiError(request, "too_large");
  }
  return pages(request);
}

// Next.js copies a request's body for the proxy and waits for all of it before the route runs:
// API requests that carry a body (a length or chunked) are left to the route handlers, which
// read it on a budget after authentication (lib/api/handler.ts) and answer unknown routes from
// the catch-all app/api/v1/[...path]/route.ts.
// (The config must be a literal: Next.js reads it without running this file.)
export const config = {
  // Pages (not Next internals or files with an extension: icons, fonts...) and the API.
  matcher: [
    "/((?!api|_next|_vercel|.*\\..*).*)",
    {
      source: "/api/:path*",
      missing: [
        // A body of length 0 is no body (Playwright and browsers send it with an empty PUT).
        { type: "header", key: "content-length", value: "[1-9][0-9]*" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
