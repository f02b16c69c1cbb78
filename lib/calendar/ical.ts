import "server-only";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { createTranslator } from "next-intl";
import { formatPartialDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";
import type { MeetingFeed, MeetingFeedItem } from "@/lib/meetings/data";
import { catalogues } from "@/lib/i18n/catalogues";

// Meetings as an iCalendar feed (RFC 5545) that calendar apps subscribe to. Every event is all-day:
// meetings are stored as calendar dates without times. See docs/decisions/013-lists-calendar-ical.md.

export const ICAL_CONTENT_TYPE = "text/calendar; charset=utf-8";

/** A meeting's event UID: stable across edits and feeds, so apps update events instead of duplicating them. */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@mutabaa`;
}

export interface FeedOptions {
  locale: Locale;
  /** Origin of the request (`https://host`), for links back to the meeting pages. */
  origin: string;
}

/** The feed as iCalendar text, and its name (X-WR-CALNAME, and the file name). */
export function meetingsCalendar(feed: MeetingFeed, { locale, origin }: FeedOptions): { ics: string; name: string } {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "calendar.feed" });
  const name = feed.plan ? t("planName", { plan: text(feed.plan.title, locale) }) : t("name");
  const calendar = ical({
    name,
    prodId: { company: "Mutabaa", product: "meetings", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const meeting of feed.meetings) {
    const start = new Date(`${meeting.startDate}T00:00:00Z`);
    const precise = meeting.datePrecision === "day";
    const title = text(meeting.title, locale);
    const url = `${origin}/${locale}/meetings/${meeting.id}`;
    calendar.createEvent({
      id: meetingUid(meeting.id),
      allDay: true,
      start,
      // DTEND of an all-day event is exclusive: the day after the last day. A meeting known only
      // to the month or year is placed on its first day, its summary naming the period.
      end: addDays(precise && meeting.endDate ? new Date(`${meeting.endDate}T00:00:00Z`) : start, 1),
      summary: precise
        ? title
        : t("approximate", { title, period: formatPartialDate(meeting.startDate, meeting.datePrecision, locale) }),
      location:
        [meeting.venue, meeting.city]
          .flatMap((part) => (part ? [text(part, locale)] : []))
          .join(t("locationSeparator")) || null,
      description: [
        meeting.objectives && `${t("objectives")}\n${text(meeting.objectives, locale)}`,
        meeting.outcome && `${t("outcome")}\n${text(meeting.outcome, locale)}`,
        `${t("meetingPage")} ${url}`,
      ]
        .filter(Boolean)
        .join("\n\n"),
      url,
      status: eventStatus(meeting),
      lastModified: meeting.updatedAt,
      stamp: meeting.updatedAt,
    });
  }
  return { ics: calendar.toString(), name };
}

function eventStatus(meeting: MeetingFeedItem): ICalEventStatus {
  switch (meeting.status) {
    case "cancelled":
      return ICalEventStatus.CANCELLED;
    case "postponed":
      return ICalEventStatus.TENTATIVE;
    // A planned meeting without its days fixed yet is tentative.
    case "planned":
      return meeting.datePrecision === "day" ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE;
    default:
      return ICalEventStatus.CONFIRMED;
  }
}

function text(value: LocalizedText, locale: Locale): string {
  return pickText(value, locale).text;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** `inline` (calendar apps and browsers open it) with the RFC 6266 `filename*` in UTF-8 beside an ASCII fallback. */
export function feedDisposition(name: string, asciiName: string): string {
  const safe = name
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 150);
  const encoded = encodeURIComponent(`${safe}.ics`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${asciiName}.ics"; filename*=UTF-8''${encoded}`;
}
