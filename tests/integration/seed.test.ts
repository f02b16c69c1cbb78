import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { LocalizedText } from "@/lib/i18n/localized-text";
import { isDatabaseEmpty, loadDemoData, type LoadResult } from "@/prisma/seed/load";

// The demo data is the content of the Department's review of the ARCP 2022–2023 action plan
// (May 2024); these tests check its facts and that loading it twice changes nothing.

const db = getDb();
const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** Every table of the schema, with its full contents in a stable order. */
async function snapshot(): Promise<Record<string, { count: number; rows: string }>> {
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const result: Record<string, { count: number; rows: string }> = {};
  for (const { tablename } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: number; rows: string }[]>(
      `SELECT count(*)::int AS count, coalesce(json_agg(t ORDER BY t::text), '[]')::text AS rows FROM "${tablename}" t`,
    );
    result[tablename] = row!;
  }
  return result;
}

async function meeting(key: string) {
  return db.meeting.findUniqueOrThrow({
    where: { key },
    include: {
      participants: { include: { organization: true } },
      activities: { include: { activity: { include: { pillar: { include: { plan: true } } } } } },
    },
  });
}

async function stagesOf(key: string) {
  const deliverable = await db.deliverable.findUniqueOrThrow({
    where: { key },
    include: {
      meeting: true,
      activity: true,
      targetMeeting: true,
      stages: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { recipients: { include: { organization: true, memberState: true } } },
      },
    },
  });
  return deliverable;
}

describe("demo data", () => {
  let first: LoadResult;

  beforeAll(async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    first = await loadDemoData(db);
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it("holds the two plans, the six pillars in order and the 22 member states", async () => {
    expect(first.created).toBeGreaterThan(0);
    expect(first.updated).toBe(0);
    expect(await db.actionPlan.count()).toBe(2);

    const pillars = await db.pillar.findMany({
      where: { plan: { key: "arcp-2022-2023" } },
      orderBy: { position: "asc" },
    });
    expect(pillars.map((p) => p.key)).toEqual([
      "arcp-2022-2023-gcm",
      "arcp-2022-2023-gcr",
      "arcp-2022-2023-wrd",
      "arcp-2022-2023-gfmd-14",
      "arcp-2022-2023-sdg",
      "arcp-2022-2023-covid-19",
    ]);
    expect(pillars.map((p) => (p.title as LocalizedText).ar)).toEqual([
      "متابعة واستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
      "متابعة واستعراض الاتفاق العالمي للاجئين",
      "اليوم العالمي للاجئين",
      "الدورة الرابعة عشر من المنتدى العالمي للهجرة والتنمية",
      "متابعة واستعراض الأهداف ذات الصلة بالهجرة في خطة التنمية المستدامة 2030",
      'جائحة "كوفيد 19" وتأثيرها على المهاجرين واللاجئين والنازحين والدول المستضيفة لهم',
    ]);
    expect((pillars[0]!.title as LocalizedText).en).toBe(
      "Follow-up and review of the Global Compact for Safe, Orderly and Regular Migration (GCM)",
    );
    for (const pillar of pillars) {
      expect(await db.activity.count({ where: { pillarId: pillar.id } })).toBeGreaterThan(0);
    }

    const states = await db.memberState.findMany({ orderBy: { id: "asc" } });
    expect(states).toHaveLength(22);
    for (const state of states) {
      const name = LocalizedText.parse(state.name);
      expect(name.ar).toMatch(/[\u0600-\u06FF]/);
      expect(name.en).toMatch(/^[A-Za-z]/);
      expect(state.alpha3).toMatch(/^[A-Z]{3}$/);
    }
    const byCode = Object.fromEntries(states.map((s) => [s.id, s]));
    expect(byCode.EG).toMatchObject({ alpha3: "EGY", name: { ar: "مصر", en: "Egypt" } });
    expect(byCode.PS).toMatchObject({ alpha3: "PSE", name: { ar: "فلسطين", en: "Palestine" } });
    expect(byCode.SA!.name).toMatchObject({ ar: "السعودية" });
  });

  it("stores every bilingual column as Arabic plus English", async () => {
    const texts = [
      ...(await db.actionPlan.findMany()).flatMap((r) => [r.title, r.summary]),
      ...(await db.pillar.findMany()).map((r) => r.title),
      ...(await db.activity.findMany()).flatMap((r) => [r.title, r.leadUnit]),
      ...(await db.meeting.findMany()).map((r) => r.title),
      ...(await db.deliverable.findMany()).map((r) => r.title),
      ...(await db.organization.findMany()).map((r) => r.name),
    ];
    for (const text of texts) {
      const parsed = LocalizedText.parse(text);
      expect(parsed.en).toBeTruthy();
    }
  });

  it("has the 2022–2023 plan adopted at the 8th meeting and the 2024–2025 plan circulated for the 10th", async () => {
    const current = await db.actionPlan.findUniqueOrThrow({
      where: { key: "arcp-2022-2023" },
      include: { adoptionMeeting: true },
    });
    expect(current).toMatchObject({ status: "in_implementation", isPublic: true, startYear: 2022, endYear: 2023 });
    expect(current.adoptionMeeting?.key).toBe("arcp-8");
    expect(iso(current.adoptedOn)).toBe("2022-03-01");
    expect(current.adoptedPrecision).toBe("month");
    expect(current.title).toEqual({
      ar: "خطة عمل عملية التشاور العربية الإقليمية حول الهجرة واللجوء لعامي 2022-2023",
      en: "ARCP Action Plan 2022–2023",
    });

    const next = await db.actionPlan.findUniqueOrThrow({
      where: { key: "arcp-2024-2025" },
      include: { adoptionMeeting: true },
    });
    expect(next).toMatchObject({ status: "circulated", isPublic: true, adoptedOn: null });
    expect(next.adoptionMeeting?.key).toBe("arcp-10");
    expect((next.summary as LocalizedText).ar).toContain(
      "قامت الأمانة العامة بإعداد مشروع خطة العمل وإرساله إلى الدول الأعضاء",
    );
    expect((next.summary as LocalizedText).ar).toContain("الاجتماع العاشر");
    expect(await db.pillar.count({ where: { planId: next.id } })).toBe(0);
  });

  it("holds the meetings and forums with their dates, numbers and places", async () => {
    const meetings = await db.meeting.findMany({ orderBy: { startDate: "asc" } });
    const rows = meetings.map((m) => ({
      key: m.key,
      kind: m.kind,
      sessionNumber: m.sessionNumber,
      series: m.series,
      status: m.status,
      start: iso(m.startDate),
      end: iso(m.endDate),
      precision: m.datePrecision,
      city: (m.city as LocalizedText | null)?.en ?? null,
      plan: m.planId !== null,
    }));
    expect(rows).toEqual([
      {
        key: "arcp-8",
        kind: "arcp_session",
        sessionNumber: 8,
        series: null,
        status: "held",
        start: "2022-03-01",
        end: null,
        precision: "month",
        city: null,
        plan: true,
      },
      {
        key: "imrf-2022",
        kind: "international_forum",
        sessionNumber: null,
        series: "IMRF",
        status: "held",
        start: "2022-05-17",
        end: "2022-05-20",
        precision: "day",
        city: "New York",
        plan: false,
      },
      {
        key: "arcp-9",
        kind: "arcp_session",
        sessionNumber: 9,
        series: null,
        status: "held",
        start: "2023-05-01",
        end: null,
        precision: "month",
        city: null,
        plan: true,
      },
      {
        key: "gcr-workshop-2023-06",
        kind: "workshop",
        sessionNumber: null,
        series: null,
        status: "held",
        start: "2023-06-01",
        end: null,
        precision: "month",
        city: null,
        plan: true,
      },
      {
        key: "grf2-consultation-2023-10",
        kind: "regional_consultation",
        sessionNumber: null,
        series: null,
        status: "held",
        start: "2023-10-01",
        end: null,
        precision: "month",
        city: null,
        plan: true,
      },
      {
        key: "grf-2",
        kind: "international_forum",
        sessionNumber: 2,
        series: "GRF",
        status: "held",
        start: "2023-12-01",
        end: null,
        precision: "month",
        city: null,
        plan: false,
      },
      {
        key: "gfmd-14",
        kind: "international_forum",
        sessionNumber: 14,
        series: "GFMD",
        status: "held",
        start: "2024-01-01",
        end: null,
        precision: "month",
        city: "Geneva",
        plan: false,
      },
      {
        key: "arcp-10",
        kind: "arcp_session",
        sessionNumber: 10,
        series: null,
        status: "planned",
        start: "2024-05-01",
        end: null,
        precision: "month",
        city: null,
        plan: true,
      },
    ]);

    const titles = Object.fromEntries(meetings.map((m) => [m.key, m.title as LocalizedText]));
    expect(titles["arcp-9"]).toEqual({
      ar: "الاجتماع التاسع لعملية التشاور العربية الإقليمية حول الهجرة واللجوء",
      en: "9th ARCP meeting",
    });
    expect(titles["grf2-consultation-2023-10"]!.ar).toBe(
      "الاجتماع التشاوري الإقليمي تحضيراً للمنتدى العالمي الثاني للاجئين",
    );
    expect(titles["imrf-2022"]!.ar).toBe("منتدى استعراض الهجرة الدولية");
    expect(titles["grf-2"]).toEqual({ ar: "المنتدى العالمي الثاني للاجئين", en: "Second Global Refugee Forum" });

    expect((await meeting("imrf-2022")).participants.map((p) => p.organization.key)).toEqual(["las-mission-new-york"]);
    expect((await meeting("grf-2")).participants.map((p) => p.organization.key)).toEqual(["las-general-secretariat"]);
    expect((await meeting("gfmd-14")).participants.map((p) => p.organization.key)).toEqual(["las-general-secretariat"]);
    expect(await db.meetingParticipation.count()).toBe(0);

    // Every meeting serves at least one activity of the 2022–2023 plan.
    for (const m of meetings) {
      const linked = (await meeting(m.key)).activities.filter((a) => a.activity.pillar.plan.key === "arcp-2022-2023");
      expect(linked.length, m.key).toBeGreaterThan(0);
    }
  });

  it("gives the 9th meeting its agenda, with IOM and the Sustainable Development Department presenting", async () => {
    const items = await db.agendaItem.findMany({
      where: { meeting: { key: "arcp-9" } },
      orderBy: { position: "asc" },
      include: { presenters: { include: { organization: true } } },
    });
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    expect((items[0]!.title as LocalizedText).ar).toContain(
      "المستجدات بشأن عملية متابعة واستعراض الاتفاق العالمي للاجئين",
    );
    expect((items[1]!.title as LocalizedText).ar).toBe(
      "استعراض جهود الدول الأعضاء لمتابعة واستعراض الاتفاق العالمي للاجئين",
    );
    expect((items[2]!.title as LocalizedText).ar).toBe(
      "متابعة واستعراض الأهداف ذات الصلة بالهجرة في خطة التنمية المستدامة 2030",
    );
    expect(items[2]!.presenters.map((p) => p.organization?.key).sort()).toEqual([
      "iom",
      "las-sustainable-development-dept",
    ]);
    expect((items[3]!.title as LocalizedText).en).toMatch(/^Open discussion/);
  });

  it("records activities with status, progress, dates, lead unit and partners as of May 2024", async () => {
    const activities = await db.activity.findMany({
      include: { partners: { include: { organization: true } }, meetings: { include: { meeting: true } } },
    });
    const byKey = Object.fromEntries(activities.map((a) => [a.key, a]));

    const gcr = await db.activity.findMany({
      where: { pillar: { key: "arcp-2022-2023-gcr" } },
      orderBy: { position: "asc" },
      include: { meetings: { include: { meeting: true } } },
    });
    expect(gcr.map((a) => a.meetings.map((m) => m.meeting.key))).toEqual([
      ["arcp-9"],
      ["gcr-workshop-2023-06"],
      ["grf2-consultation-2023-10"],
      ["grf-2"],
    ]);
    expect(gcr.every((a) => a.status === "completed" && a.progress === 100)).toBe(true);

    const imrf = byKey["gcm-imrf-participation"]!;
    expect([iso(imrf.actualStart), iso(imrf.actualEnd), imrf.datePrecision]).toEqual([
      "2022-05-17",
      "2022-05-20",
      "day",
    ]);
    expect(byKey["gcm-exchange-and-documentation"]!.meetings.map((m) => m.meeting.key).sort()).toEqual([
      "arcp-10",
      "arcp-8",
    ]);
    expect(byKey["sdg-arcp-9-session"]!.partners.map((p) => p.organization.key).sort()).toEqual([
      "iom",
      "las-sustainable-development-dept",
    ]);

    const wrd2024 = byKey["wrd-2024"]!;
    expect(["not_started", "in_progress"]).toContain(wrd2024.status);
    expect(wrd2024.progress).toBeLessThan(100);
    expect(iso(wrd2024.plannedEnd)).toBe("2024-06-20");
    expect(byKey["gcm-exchange-and-documentation"]!.status).not.toBe("completed");
    expect(byKey["covid-19-mainstreaming"]).toMatchObject({ type: "mainstreaming", status: "completed" });

    for (const a of activities) {
      expect(a.leadUnit).toEqual({
        ar: "إدارة شؤون اللاجئين والمغتربين والهجرة",
        en: "Department of Refugees, Expatriates and Migration Affairs",
      });
      if (a.status === "completed") expect(a.progress, a.key).toBe(100);
    }
  });

  it("routes the final statements and the GFMD 14 paper to their forums", async () => {
    const eighth = await stagesOf("arcp-8-final-statement");
    expect(eighth).toMatchObject({ type: "final_statement" });
    expect([eighth.meeting?.key, eighth.targetMeeting?.key]).toEqual(["arcp-8", "imrf-2022"]);
    expect(eighth.stages.map((s) => s.stage)).toEqual(["issued", "submitted"]);

    const ninth = await stagesOf("arcp-9-final-statement");
    expect([ninth.meeting?.key, ninth.targetMeeting?.key]).toEqual(["arcp-9", "grf-2"]);

    const paper = await stagesOf("gfmd-14-paper");
    expect(paper).toMatchObject({ type: "contribution_paper" });
    expect([paper.meeting?.key, paper.targetMeeting?.key]).toEqual(["arcp-9", "gfmd-14"]);
    expect(paper.stages.map((s) => [s.stage, iso(s.date), s.datePrecision, s.language])).toEqual([
      ["issued", "2023-05-01", "month", null],
      ["translated", null, "day", "en"],
      ["submitted", null, "day", null],
    ]);
    expect(paper.stages[2]!.recipients.map((r) => r.organization?.key)).toEqual(["gfmd-chair"]);

    const papers = await db.deliverable.findMany({
      where: { type: { in: ["information_paper", "documentary_file"] } },
      include: { activity: { include: { pillar: true } } },
    });
    expect(papers.map((p) => `${p.activity!.pillar.key}:${p.type}`).sort()).toEqual([
      "arcp-2022-2023-gcm:documentary_file",
      "arcp-2022-2023-gcm:information_paper",
      "arcp-2022-2023-gcr:documentary_file",
      "arcp-2022-2023-gcr:information_paper",
      "arcp-2022-2023-sdg:documentary_file",
      "arcp-2022-2023-sdg:information_paper",
    ]);
    expect(await db.deliverable.count({ where: { activity: { pillar: { key: "arcp-2022-2023-covid-19" } } } })).toBe(0);
  });

  it("follows the Key Messages from the October 2023 consultation to the Arab Group", async () => {
    const km = await stagesOf("grf2-key-messages");
    expect(km).toMatchObject({ type: "key_messages" });
    expect([km.meeting?.key, km.activity?.key, km.targetMeeting?.key]).toEqual([
      "grf2-consultation-2023-10",
      "gcr-grf2-regional-consultation",
      "grf-2",
    ]);
    expect(km.stages.map((s) => s.stage)).toEqual(["issued", "translated", "submitted", "circulated"]);
    expect([iso(km.stages[0]!.date), km.stages[0]!.datePrecision]).toEqual(["2023-10-01", "month"]);
    expect(km.stages[1]!.language).toBe("en");
    expect(km.stages.every((s) => s.completed)).toBe(true);

    const sent = km.stages[3]!;
    const recipients = Object.fromEntries(sent.recipients.map((r) => [r.organization!.key, r]));
    expect(Object.keys(recipients).sort()).toEqual(["arab-group", "las-mission-geneva"]);
    const request = recipients["las-mission-geneva"]!.note as LocalizedText;
    expect(request.ar).toContain("طلب تعميمها على المجموعة العربية والاسترشاد بها");
    expect(request.en).toMatch(/circulate it to the Arab Group/);
  });

  it("tracks the World Refugee Day statements, issued in 2023 and scheduled for 2024", async () => {
    const wrd2023 = await stagesOf("wrd-2023-statement");
    expect(wrd2023.stages.map((s) => s.stage)).toEqual([
      "issued",
      "translated",
      "circulated",
      "published",
      "circulated",
    ]);
    expect([iso(wrd2023.stages[0]!.date), wrd2023.stages[0]!.datePrecision]).toEqual(["2023-06-20", "day"]);
    expect(wrd2023.stages.map((s) => s.recipients.map((r) => r.organization!.key).sort())).toEqual([
      [],
      [],
      ["media"],
      ["social-media"],
      ["las-missions-abroad", "member-states", "other-bodies", "partner-organisations"],
    ]);

    const wrd2024 = await stagesOf("wrd-2024-statement");
    expect(wrd2024.meeting?.key).toBe("arcp-10");
    expect(wrd2024.stages.map((s) => [s.stage, s.completed, iso(s.date), s.datePrecision])).toEqual([
      ["adopted", false, "2024-05-01", "month"],
      ["issued", false, "2024-06-20", "day"],
    ]);
  });

  it("loads the frameworks' reference list and tags only activities the source ties to a compact", async () => {
    expect(
      await db.frameworkTarget.groupBy({ by: ["framework"], _count: true, orderBy: { framework: "asc" } }),
    ).toEqual([
      { framework: "gcm", _count: 23 },
      { framework: "gcr", _count: 4 },
      { framework: "sdg", _count: 8 },
    ]);
    const tags = await db.activityFramework.findMany({
      select: { targetId: true, activity: { select: { key: true } } },
    });
    const byActivity = Object.fromEntries(
      [...new Set(tags.map((t) => t.activity.key))].map((key) => [
        key,
        tags
          .filter((t) => t.activity.key === key)
          .map((t) => t.targetId)
          .sort(),
      ]),
    );
    expect(byActivity).toEqual({
      "gcm-imrf-preparation": ["gcm-23"],
      "gcm-imrf-participation": ["gcm-23"],
      "gcr-capacity-building-workshop": ["gcr-1", "gcr-2", "gcr-3", "gcr-4"],
      "sdg-arcp-9-session": ["sdg-10.7"],
    });
    expect(await db.deliverableFramework.count()).toBe(0);
  });

  it("writes one seed audit event per created plan, pillar, activity, meeting and deliverable", async () => {
    const events = await db.auditEvent.findMany();
    const expected =
      (await db.actionPlan.count()) +
      (await db.pillar.count()) +
      (await db.activity.count()) +
      (await db.meeting.count()) +
      (await db.deliverable.count());
    expect(events).toHaveLength(expected);
    expect(events.every((e) => e.action === "create" && e.actorLabel === "seed" && e.actorId === null)).toBe(true);
    expect(events.every((e) => JSON.stringify(e.changes) === "{}")).toBe(true);
    const plan = await db.actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } });
    expect(events.filter((e) => e.entityType === "ActionPlan" && e.entityId === plan.id)).toHaveLength(1);
  });

  it("changes nothing when loaded a second time", async () => {
    const before = await snapshot();
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([
        "ActionPlan",
        "Meeting",
        "DeliverableStage",
        "StageRecipient",
        "AgendaItem",
        "AuditEvent",
      ]),
    );
    const second = await loadDemoData(db);
    expect(second).toEqual({ created: 0, updated: 0 });
    const after = await snapshot();
    for (const table of Object.keys(before)) {
      expect(after[table]!.count, table).toBe(before[table]!.count);
      expect(after[table]!.rows, table).toBe(before[table]!.rows);
    }
  });

  it("repairs drift on a re-run and audits it as an update", async () => {
    const activity = await db.activity.update({ where: { key: "wrd-2024" }, data: { progress: 5 } });
    await db.stageRecipient.deleteMany({ where: { organization: { key: "arab-group" } } });
    const auditsBefore = await db.auditEvent.count();

    expect(await loadDemoData(db)).toEqual({ created: 0, updated: 2 });
    const repaired = await db.activity.findUniqueOrThrow({ where: { key: "wrd-2024" } });
    expect(repaired.progress).toBe(50);
    expect(repaired.version).toBe(activity.version + 1);
    const km = await stagesOf("grf2-key-messages");
    expect(km.stages.map((s) => s.stage)).toEqual(["issued", "translated", "submitted", "circulated"]);
    expect(km.stages[3]!.recipients).toHaveLength(2);

    const audits = await db.auditEvent.findMany({ where: { action: "update" } });
    expect(audits).toHaveLength(2);
    expect(await db.auditEvent.count()).toBe(auditsBefore + 2);
    expect(audits.find((a) => a.entityId === activity.id)?.changes).toEqual({ progress: { from: 5, to: 50 } });
    expect(await loadDemoData(db)).toEqual({ created: 0, updated: 0 });
  });
});
