import { api } from "@/lib/api/handler";
import { meetingsFeedResponse } from "@/lib/calendar/feed";
import { FeedQuery } from "@/lib/calendar/schema";

// GET /api/v1/plans/{id}/meetings.ics?locale=ar|en&token=mtb_...: the plan's meetings (held under
// it or serving its activities) as an iCalendar feed; 404 when the caller may not read the plan.

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ request, viewer, params, query }) =>
  meetingsFeedResponse(request, viewer, { ...query(FeedQuery), planId: params.id }),
);
