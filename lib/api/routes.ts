// Every route of /api/v1 with its methods, so that an unknown route answers a JSON 404 and a
// wrong method a 405 with `Allow` in the one error shape before any route code runs (proxy.ts).
// tests/unit/api-routes.test.ts keeps this list equal to the route files under app/api/v1.

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export const API_ROUTES: Record<string, readonly ApiMethod[]> = {
  "/api/v1/activities/{id}/history": ["GET"],
  "/api/v1/activities/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/activities": ["GET", "POST"],
  "/api/v1/comments/{id}/history": ["GET"],
  "/api/v1/comments/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/comments": ["GET", "POST"],
  "/api/v1/deliverables/{id}/history": ["GET"],
  "/api/v1/deliverables/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/deliverables": ["GET", "POST"],
  "/api/v1/export": ["GET"],
  "/api/v1/frameworks": ["GET"],
  "/api/v1/meetings.ics": ["GET"],
  "/api/v1/meetings/{id}/activities/{activityId}": ["PUT", "DELETE"],
  "/api/v1/meetings/{id}/history": ["GET"],
  "/api/v1/meetings/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/meetings": ["GET", "POST"],
  "/api/v1/member-states/{id}/profile": ["GET"],
  "/api/v1/member-states/{id}": ["GET"],
  "/api/v1/member-states": ["GET"],
  "/api/v1/openapi.json": ["GET"],
  "/api/v1/pillars/{id}/activity-order": ["PUT"],
  "/api/v1/pillars/{id}/history": ["GET"],
  "/api/v1/pillars/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/pillars": ["GET", "POST"],
  "/api/v1/plans/{id}/changes": ["GET"],
  "/api/v1/plans/{id}/frameworks": ["GET"],
  "/api/v1/plans/{id}/history": ["GET"],
  "/api/v1/plans/{id}/import-template": ["GET"],
  "/api/v1/plans/{id}/import": ["POST"],
  "/api/v1/plans/{id}/meetings.ics": ["GET"],
  "/api/v1/plans/{id}/pillar-order": ["PUT"],
  "/api/v1/plans/{id}/progress": ["GET"],
  "/api/v1/plans/{id}/report-jobs": ["POST"],
  "/api/v1/plans/{id}/report": ["GET"],
  "/api/v1/plans/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/plans": ["GET", "POST"],
  "/api/v1/pledge-updates/{id}/review": ["POST"],
  "/api/v1/pledge-updates/{id}": ["GET", "PATCH"],
  "/api/v1/pledges/{id}/history": ["GET"],
  "/api/v1/pledges/{id}/updates": ["GET", "POST"],
  "/api/v1/pledges/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/pledges": ["GET", "POST"],
  "/api/v1/report-jobs/{id}/file": ["GET"],
  "/api/v1/report-jobs/{id}": ["GET"],
  "/api/v1/users/{id}/history": ["GET"],
  "/api/v1/users/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/users": ["GET", "POST"],
};

interface CompiledRoute {
  pattern: RegExp;
  methods: readonly ApiMethod[];
  params: number;
}

// A `{param}` matches one non-empty segment; literal segments may contain dots (meetings.ics).
const compiled: CompiledRoute[] = Object.entries(API_ROUTES)
  .map(([path, methods]) => ({
    pattern: new RegExp(
      `^${path
        .split("/")
        .map((segment) => (/^\{\w+\}$/.test(segment) ? "[^/]+" : segment.replace(/[.]/g, "\\.")))
        .join("/")}/?$`,
    ),
    methods,
    params: path.split("{").length - 1,
  }))
  // A literal segment beats a parameter, as in Next.js's router.
  .sort((a, b) => a.params - b.params);

/** The methods `pathname` answers (HEAD and OPTIONS besides, as Next.js adds them), or null for no such route. */
export function allowedMethods(pathname: string): string[] | null {
  const matches = compiled.filter((route) => route.pattern.test(pathname));
  if (matches.length === 0) return null;
  const methods = new Set<string>(matches[0]!.methods);
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  return [...methods];
}
