import { FeedQuery } from "@/lib/calendar/schema";
import type { Operation } from "../operations";

// The calendar operations of /api/v1 (listed in lib/api/operations.ts): iCalendar feeds, answered
// as text/calendar (lib/calendar/ical.ts) rather than JSON.
export const calendarOperations: Operation[] = [
  {
    method: "GET",
    path: "/api/v1/meetings.ics",
    operationId: "meetings_calendar",
    summary:
      "Every meeting the caller may read as an iCalendar feed (all-day events; `?locale=ar|en`, `?token=` for calendar apps)",
    tag: "meetings",
    permission: { resource: "meeting", action: "read" },
    query: FeedQuery,
    files: ["text/calendar"],
    status: 200,
  },
  {
    method: "GET",
    path: "/api/v1/plans/{id}/meetings.ics",
    operationId: "plan_meetings_calendar",
    summary: "The plan's meetings as an iCalendar feed (all-day events; `?locale=ar|en`, `?token=` for calendar apps)",
    tag: "meetings",
    permission: { resource: "meeting", action: "read" },
    record: "plan",
    query: FeedQuery,
    files: ["text/calendar"],
    status: 200,
  },
];
