// GET /api/health: the process is alive and serving (liveness). It touches nothing else, so a
// database outage never makes a load balancer restart healthy instances; see /api/ready.

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ data: { status: "alive" } }, { headers: { "cache-control": "no-store" } });
}
