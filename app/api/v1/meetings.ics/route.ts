import { api } from "@/lib/api/handler";
import { meetingsFeedResponse } from "@/lib/calendar/feed";
import { FeedQuery } from "@/lib/calendar/schema";

// GET /api/v1/meetings.ics?locale=ar|en&token=mtb_...: every meeting the caller may read, as an
// iCalendar feed to subscribe to.

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ request, viewer, query }) => meetingsFeedResponse(request, viewer, query(FeedQuery)));
