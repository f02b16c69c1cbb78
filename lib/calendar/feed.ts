import "server-only";
import { viewerForApiToken } from "@/lib/auth/api-tokens";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { notFound } from "@/lib/errors";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { getMeetingFeed } from "@/lib/meetings/data";
import { feedDisposition, ICAL_CONTENT_TYPE, meetingsCalendar } from "./ical";

/**
 * The answer of both .ics routes. A `?token=` replaces the session: an unknown, revoked or expired
 * token, or one whose user is disabled, gives the anonymous feed (public plans), never an error a
 * calendar app would keep retrying. Events are in `?locale=` (Arabic unless `en`), not in the
 * app's Accept-Language: a subscription should not change language with the device.
 */
export async function meetingsFeedResponse(
  request: Request,
  sessionViewer: Viewer,
  { token, planId }: { token?: string; planId?: string },
): Promise<Response> {
  const viewer = token === undefined ? sessionViewer : ((await viewerForApiToken(token)) ?? ANONYMOUS);
  const feed = await getMeetingFeed(viewer, planId);
  if (!feed) throw notFound();
  const url = new URL(request.url);
  const param = url.searchParams.get("locale");
  const locale = isLocale(param) ? param : defaultLocale;
  const { ics, name } = meetingsCalendar(feed, { locale, origin: url.origin });
  return new Response(ics, {
    headers: {
      "content-type": ICAL_CONTENT_TYPE,
      "content-disposition": feedDisposition(name, feed.plan ? `meetings-${feed.plan.key}` : "meetings"),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
