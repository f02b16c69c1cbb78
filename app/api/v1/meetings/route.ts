import { api } from "@/lib/api/handler";
import { created, ok } from "@/lib/api/respond";
import { listMeetings } from "@/lib/meetings/data";
import { createMeeting } from "@/lib/meetings/mutations";
import { MeetingListQuery } from "@/lib/meetings/schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer, locale, query }) =>
  ok(await listMeetings(viewer, query(MeetingListQuery), { locale })),
);

export const POST = api(async ({ viewer, body }) => created(await createMeeting(viewer, await body())));
