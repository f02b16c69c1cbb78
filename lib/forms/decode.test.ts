import { describe, expect, it } from "vitest";
import { formValues } from "./form-values";
import { DeliverableCreateInput } from "@/lib/deliverables/schema";
import { fieldErrorsFrom } from "@/lib/errors";
import { MeetingCreateInput } from "@/lib/meetings/schema";
import { PillarUpdateInput } from "@/lib/pillars/schema";
import { PlanCreateInput } from "@/lib/plans/schema";
import { ActivityCreateInput } from "@/lib/activities/schema";
import { decodeActivity, decodeDeliverable, decodeMeeting, decodePillar, decodePlan, version } from "./decode";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const PILLAR = "0190f0d1-0000-7000-8000-000000000001";
const ORG = "0190f0d1-0000-7000-8000-0000000000aa";

describe("editing forms → shared schemas", () => {
  it("reports an empty Arabic title as required at the input's own path, keeping the English", () => {
    const data = form([
      ["title.ar", "  "],
      ["title.en", "Follow-up"],
      ["startYear", "2026"],
      ["endYear", ""],
      ["status", "draft"],
      ["adoptedPrecision", "day"],
    ]);
    const result = PlanCreateInput.safeParse(decodePlan(data));
    expect(result.success).toBe(false);
    const fields = fieldErrorsFrom(result.error!);
    expect(fields["title.ar"]).toEqual(["required"]);
    expect(fields.endYear).toEqual(["required"]);
    expect(formValues(data)["title.en"]).toBe("Follow-up");
  });

  it("reads a complete plan, an unticked box as false and empty optional values as cleared", () => {
    const input = PlanCreateInput.parse(
      decodePlan(
        form([
          ["title.ar", "خطة العمل"],
          ["title.en", ""],
          ["summary.ar", ""],
          ["summary.en", ""],
          ["startYear", "2026"],
          ["endYear", "2027"],
          ["status", "adopted"],
          ["adoptionMeetingId", ""],
          ["circulatedOn", "2025-11-02"],
          ["adoptedOn", ""],
          ["adoptedPrecision", "month"],
        ]),
      ),
    );
    expect(input).toMatchObject({
      title: { ar: "خطة العمل" },
      summary: null,
      startYear: 2026,
      isPublic: false,
      adoptionMeetingId: null,
      circulatedOn: "2025-11-02",
      adoptedOn: null,
      adoptedPrecision: "month",
    });
    expect(input.title).not.toHaveProperty("en");
  });

  it("reads a pillar update with its version", () => {
    const data = form([
      ["title.ar", "محور"],
      ["description.en", "Only English"],
      ["version", "3"],
    ]);
    const result = PillarUpdateInput.safeParse({ ...decodePillar(data), version: version(data) });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!)["description.ar"]).toEqual(["required"]);
  });

  it("reads an activity with its links (duplicates dropped) and refuses a progress over 100", () => {
    const activity = (progress: string) =>
      form([
        ["pillarId", PILLAR],
        ["title.ar", "نشاط"],
        ["type", "other"],
        ["status", "in_progress"],
        ["datePrecision", "day"],
        ["progress", progress],
        ["partnerIds", ORG],
        ["partnerIds", ORG],
      ]);
    expect(ActivityCreateInput.parse(decodeActivity(activity("40")))).toMatchObject({
      pillarId: PILLAR,
      progress: 40,
      partnerIds: [ORG],
      meetingIds: [],
      plannedStart: null,
    });
    const over = ActivityCreateInput.safeParse(decodeActivity(activity("140")));
    expect(fieldErrorsFrom(over.error!).progress).toEqual(["between?min=0&max=100"]);
  });

  it("reads participating states, those that presented, their kept notes and the agenda in order", () => {
    const input = MeetingCreateInput.parse(
      decodeMeeting(
        form([
          ["kind", "arcp_session"],
          ["title.ar", "الاجتماع"],
          ["startDate", "2026-05-10"],
          ["status", "planned"],
          ["datePrecision", "day"],
          ["sessionNumber", ""],
          ["participating", "JO"],
          ["participating", "EG"],
          ["presented", "EG"],
          ["presented", "MA"],
          ["participationNote.EG.ar", "ملاحظة"],
          ["agendaItems.0.title.ar", "البند الأول"],
          ["agendaItems.0.presenters", "state:EG"],
          ["agendaItems.0.presenters", `org:${ORG}`],
          ["agendaItems.1.title.ar", "البند الثاني"],
          ["organizationIds", ORG],
        ]),
      ),
    );
    expect(input.sessionNumber).toBeNull();
    expect(input.participations).toEqual([
      { memberStateId: "EG", presentedEfforts: true, note: { ar: "ملاحظة" } },
      { memberStateId: "JO", presentedEfforts: false },
      { memberStateId: "MA", presentedEfforts: true },
    ]);
    expect(input.agendaItems).toEqual([
      { title: { ar: "البند الأول" }, presenters: [{ memberStateId: "EG" }, { organizationId: ORG }] },
      { title: { ar: "البند الثاني" }, presenters: [] },
    ]);
    expect(input.organizationIds).toEqual([ORG]);
  });

  it("reads a document's stages with recipients and points errors at the stage's inputs", () => {
    const data = form([
      ["type", "key_messages"],
      ["title.ar", "الرسائل الرئيسية"],
      ["stages.0.stage", "drafted"],
      ["stages.0.completed", "true"],
      ["stages.0.date", "2023-06-01"],
      ["stages.0.datePrecision", "month"],
      ["stages.0.language", ""],
      ["stages.0.recipients", "state:EG"],
      ["stages.0.recipientNote.state:EG.ar", "للتعميم"],
      ["stages.1.stage", ""],
      ["stages.1.date", "June"],
    ]);
    const result = DeliverableCreateInput.safeParse(decodeDeliverable(data));
    expect(result.success).toBe(false);
    const fields = fieldErrorsFrom(result.error!);
    expect(Object.keys(fields).sort()).toEqual(["stages.1.date", "stages.1.stage"]);
    const first = DeliverableCreateInput.parse({
      ...decodeDeliverable(data),
      stages: decodeDeliverable(data).stages.slice(0, 1),
    });
    expect(first.stages).toEqual([
      {
        stage: "drafted",
        completed: true,
        date: "2023-06-01",
        datePrecision: "month",
        language: null,
        recipients: [{ memberStateId: "EG", note: { ar: "للتعميم" } }],
      },
    ]);
  });
});
