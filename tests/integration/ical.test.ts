import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import * as allFeedRoute from "@/app/api/v1/meetings.ics/route";
import * as planFeedRoute from "@/app/api/v1/plans/[id]/meetings.ics/route";
import { getDb } from "@/lib/db/client";
import { createActors, type Actor, type ActorName, type RouteHandler } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

// The iCalendar feeds, read back with an independent parser (ical.js): which meetings each caller
// gets, and that calendar apps will see stable UIDs, all-day dates and intact Arabic text.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LONG_ARABIC_TITLE =
  "الاجتماع التشاوري الإقليمي بشأن الهجرة واللجوء في المنطقة العربية: متابعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية";

let actors: Record<ActorName, Actor>;
let open: Awaited<ReturnType<typeof createPlanFixture>>;
let closed: Awaited<ReturnType<typeof createPlanFixture>>;
let ids: { precise: string; monthOnly: string; cancelled: string; outside: string };

beforeAll(async () => {
  actors = await createActors();
  open = await createPlanFixture({ isPublic: true });
  closed = await createPlanFixture({ isPublic: false });
  const db = getDb();
  const precise = await db.meeting.create({
    data: {
      key: "ical-precise",
      kind: "regional_consultation",
      planId: open.plan.id,
      title: { ar: LONG_ARABIC_TITLE, en: "Regional consultation on migration" },
      status: "planned",
      startDate: day("2030-03-10"),
      endDate: day("2030-03-12"),
      city: { ar: "القاهرة", en: "Cairo" },
      venue: { ar: "مقر الجامعة العربية", en: "League headquarters" },
      objectives: { ar: "تبادل الخبرات", en: "Exchange of experience" },
    },
  });
  const monthOnly = await db.meeting.create({
    data: {
      key: "ical-month",
      kind: "workshop",
      planId: open.plan.id,
      title: { ar: "ورشة شهرية", en: "Workshop" },
      status: "planned",
      startDate: day("2030-05-01"),
      datePrecision: "month",
    },
  });
  const cancelled = await db.meeting.create({
    data: {
      key: "ical-cancelled",
      kind: "workshop",
      planId: open.plan.id,
      title: { ar: "ورشة ملغاة" },
      status: "cancelled",
      startDate: day("2030-07-01"),
    },
  });
  // No plan: readable by signed-in users only.
  const outside = await db.meeting.create({
    data: {
      key: "ical-outside",
      kind: "international_forum",
      title: { ar: "منتدى دولي" },
      status: "held",
      startDate: day("2030-09-20"),
    },
  });
  ids = { precise: precise.id, monthOnly: monthOnly.id, cancelled: cancelled.id, outside: outside.id };
});

async function fetchFeed(
  handler: RouteHandler,
  path: string,
  options: { actor?: Actor; params?: Record<string, string> } = {},
) {
  const response = await handler(new Request(`http://localhost${path}`, { headers: options.actor?.headers ?? {} }), {
    params: Promise.resolve(options.params ?? {}) as Promise<never>,
  });
  const text = await response.text();
  return { response, text };
}

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      return { component, event, uid: event.uid };
    }),
  };
}

/** Meeting ids in a feed (UIDs are `<id>@mutabaa`). */
function idsIn(text: string): string[] {
  return parseEvents(text).events.map((e) => e.uid.replace(/@mutabaa$/, ""));
}

describe("GET /api/v1/meetings.ics", () => {
  it("answers text/calendar, inline, with a calendar name", async () => {
    const { response, text } = await fetchFeed(allFeedRoute.GET, "/api/v1/meetings.ics?locale=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^inline; filename="meetings\.ics"; filename\*=UTF-8''/,
    );
    expect(parseEvents(text).calendar.getFirstPropertyValue("x-wr-calname")).toBe("Mutabaa: ARCP meetings");
  });

  it("holds the meetings each caller may read: anonymous the public plan's, signed-in users all", async () => {
    const publicIds = [open.meetings.earlier.id, open.meetings.later.id, ids.precise, ids.monthOnly, ids.cancelled];
    const everything = [...publicIds, closed.meetings.earlier.id, closed.meetings.later.id, ids.outside];

    const anonymous = idsIn((await fetchFeed(allFeedRoute.GET, "/api/v1/meetings.ics")).text);
    expect(anonymous.sort()).toEqual([...publicIds].sort());

    const secretariat = idsIn(
      (await fetchFeed(allFeedRoute.GET, "/api/v1/meetings.ics", { actor: actors.secretariat })).text,
    );
    expect(secretariat.sort()).toEqual([...everything].sort());

    // Calendar apps send no headers: the token rides in the URL.
    const byToken = idsIn(
      (await fetchFeed(allFeedRoute.GET, `/api/v1/meetings.ics?token=${actors.observer.token}`)).text,
    );
    expect(byToken.sort()).toEqual([...everything].sort());
  });

  it("gives the anonymous feed for an unknown or revoked token, or a disabled user's", async () => {
    const anonymousCount = idsIn((await fetchFeed(allFeedRoute.GET, "/api/v1/meetings.ics")).text).length;
    const unknown = await fetchFeed(allFeedRoute.GET, "/api/v1/meetings.ics?token=mtb_not-a-token");
    expect(unknown.response.status).toBe(200);
    expect(idsIn(unknown.text)).toHaveLength(anonymousCount);

    const db = getDb();
    await db.apiToken.updateMany({ where: { userId: actors.focalJo.userId! }, data: { revokedAt: new Date() } });
    expect(
      idsIn((await fetchFeed(allFeedRoute.GET, `/api/v1/meetings.ics?token=${actors.focalJo.token}`)).text),
    ).toHaveLength(anonymousCount);

    await db.user.update({ where: { id: actors.focalEg.userId! }, data: { disabledAt: new Date() } });
    expect(
      idsIn((await fetchFeed(allFeedRoute.GET, `/api/v1/meetings.ics?token=${actors.focalEg.token}`)).text),
    ).toHaveLength(anonymousCount);
  });

  it("writes all-day events with an exclusive end, stable UIDs, status, location and a link back", async () => {
    const { events } = parseEvents((await fetchFeed(allFeedRoute.GET, "/api/v1/meetings.ics?locale=en")).text);
    const precise = events.find((e) => e.uid === `${ids.precise}@mutabaa`)!;
    expect(precise.event.startDate.isDate).toBe(true);
    expect(precise.event.startDate.toString()).toBe("2030-03-10");
    expect(precise.event.endDate.toString()).toBe("2030-03-13");
    expect(precise.event.summary).toBe("Regional consultation on migration");
    expect(precise.event.location).toBe("League headquarters, Cairo");
    expect(precise.event.description).toContain("Exchange of experience");
    expect(precise.event.description).toContain(`http://localhost/en/meetings/${ids.precise}`);
    expect(precise.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(precise.component.getFirstPropertyValue("last-modified")).toBeTruthy();

    // Known to the month only: on its first day, tentative, the summary naming the month.
    const monthOnly = events.find((e) => e.uid === `${ids.monthOnly}@mutabaa`)!;
    expect(monthOnly.event.startDate.toString()).toBe("2030-05-01");
    expect(monthOnly.event.endDate.toString()).toBe("2030-05-02");
    expect(monthOnly.event.summary).toBe("Workshop (May 2030)");
    expect(monthOnly.component.getFirstPropertyValue("status")).toBe("TENTATIVE");

    const cancelled = events.find((e) => e.uid === `${ids.cancelled}@mutabaa`)!;
    expect(cancelled.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("keeps Arabic text intact through line folding (the default language)", async () => {
    const { text } = await fetchFeed(allFeedRoute.GET, "/api/v1/meetings.ics");
    // Long lines are folded (RFC 5545 §3.1)…
    expect(text.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
    // …without splitting a character: unfolding gives the title back exactly.
    const precise = parseEvents(text).events.find((e) => e.uid === `${ids.precise}@mutabaa`)!;
    expect(precise.event.summary).toBe(LONG_ARABIC_TITLE);
    expect(precise.event.location).toBe("مقر الجامعة العربية، القاهرة");
    expect(text).not.toContain("\uFFFD");
  });
});

describe("GET /api/v1/plans/{id}/meetings.ics", () => {
  it("holds only that plan's meetings (held under it or serving its activities)", async () => {
    const { response, text } = await fetchFeed(
      planFeedRoute.GET as RouteHandler,
      `/api/v1/plans/${closed.plan.id}/meetings.ics?locale=en`,
      {
        actor: actors.secretariat,
        params: { id: closed.plan.id },
      },
    );
    expect(response.status).toBe(200);
    expect(idsIn(text).sort()).toEqual([closed.meetings.earlier.id, closed.meetings.later.id].sort());
    expect(parseEvents(text).calendar.getFirstPropertyValue("x-wr-calname")).toBe("Test plan: meetings");
    // The name with characters file systems refuse (the colon) turned into spaces.
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''Test%20plan%20meetings.ics");
  });

  it("is 404 for a plan the caller may not read; a token in the URL opens it", async () => {
    const anonymous = await fetchFeed(
      planFeedRoute.GET as RouteHandler,
      `/api/v1/plans/${closed.plan.id}/meetings.ics`,
      { params: { id: closed.plan.id } },
    );
    expect(anonymous.response.status).toBe(404);
    const withToken = await fetchFeed(
      planFeedRoute.GET as RouteHandler,
      `/api/v1/plans/${closed.plan.id}/meetings.ics?token=${actors.secretariat.token}`,
      {
        params: { id: closed.plan.id },
      },
    );
    expect(withToken.response.status).toBe(200);
  });
});
