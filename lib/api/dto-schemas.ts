import { z } from "zod";
import type { ActivityDetail, ActivityListItem } from "@/lib/activities/data";
import type { AuditEventDto } from "@/lib/audit/data";
import type { CommentDto } from "@/lib/comments/data";
import type { DeliverableDetail } from "@/lib/deliverables/data";
import {
  ActivityStatus,
  ActivityType,
  AuditAction,
  DatePrecision,
  DeliverableStageKind,
  DeliverableType,
  Framework,
  MeetingKind,
  MeetingStatus,
  OrganizationKind,
  PlanStatus,
  PledgeStatus,
  PledgeUpdateStatus,
  UserRole,
} from "@/lib/db/generated/enums";
import { ERROR_CODES } from "@/lib/errors";
import { LocalizedText } from "@/lib/i18n/localized-text";
import type { MeetingDetail } from "@/lib/meetings/data";
import type { MemberStateProfile } from "@/lib/member-states/data";
import type { MemberStateDto } from "@/lib/member-states/dto";
import type { PillarDto } from "@/lib/pillars/data";
import type { PlanDetail, PlanSummary } from "@/lib/plans/data";
import type { PledgeDto, PledgeUpdateDto } from "@/lib/pledges/data";
import type { UserDto } from "@/lib/users/data";

// The API's responses as zod schemas, for the OpenAPI document only (the data layer builds the
// DTOs; nothing parses them). The type checks at the end fail `tsc` when a DTO and its schema
// drift apart, so the document cannot silently lie.

// The one bilingual text schema, named so inputs and outputs both refer to it.
z.globalRegistry.add(LocalizedText, { id: "LocalizedText" });
const Text = LocalizedText;
const OptionalText = Text.nullable();
const Day = z.iso.date().nullable();

export const MemberStateSchema = z
  .object({ code: z.string().length(2), alpha3: z.string().length(3), name: Text })
  .meta({ id: "MemberState" });

export const FrameworkTargetSchema = z
  .object({ id: z.string(), framework: z.enum(Framework), code: z.string(), title: Text })
  .meta({
    id: "FrameworkTarget",
    description: "An objective of the GCM or the GCR, or a migration-related SDG target.",
  });

export const OrganizationSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    kind: z.enum(OrganizationKind),
    name: Text,
    abbreviation: z.string().nullable(),
  })
  .meta({ id: "Organization" });

export const PartySchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("organization"), organization: OrganizationSchema }),
    z.object({ kind: z.literal("memberState"), memberState: MemberStateSchema }),
  ])
  .meta({ id: "Party" });

export const MeetingRefSchema = z
  .object({ id: z.uuid(), title: Text, startDate: z.iso.date(), datePrecision: z.enum(DatePrecision) })
  .meta({ id: "MeetingRef" });

export const MeetingSummarySchema = MeetingRefSchema.extend({
  key: z.string(),
  kind: z.enum(MeetingKind),
  sessionNumber: z.int().nullable(),
  series: z.string().nullable(),
  status: z.enum(MeetingStatus),
  endDate: Day,
  city: OptionalText,
  /** The member states' participation is recorded: a state not listed did not take part. */
  participationRecorded: z.boolean(),
  version: z.int(),
}).meta({ id: "MeetingSummary" });

export const StageRefSchema = z
  .object({
    stage: z.enum(DeliverableStageKind),
    completed: z.boolean(),
    date: Day,
    datePrecision: z.enum(DatePrecision),
  })
  .meta({ id: "StageRef" });

export const DeliverableSummarySchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    type: z.enum(DeliverableType),
    title: Text,
    meeting: MeetingRefSchema.nullable(),
    targetMeeting: MeetingRefSchema.nullable(),
    latestStage: StageRefSchema.nullable(),
    version: z.int(),
  })
  .meta({ id: "DeliverableSummary" });

export const ActivitySummarySchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    position: z.int(),
    title: Text,
    type: z.enum(ActivityType),
    status: z.enum(ActivityStatus),
    progress: z.int().min(0).max(100),
    plannedStart: Day,
    plannedEnd: Day,
    datePrecision: z.enum(DatePrecision),
    version: z.int(),
  })
  .meta({ id: "ActivitySummary" });

const PlannedActivity = ActivitySummarySchema.extend({ planId: z.uuid() });

export const ActivityListItemSchema = ActivitySummarySchema.extend({ pillarId: z.uuid(), planId: z.uuid() }).meta({
  id: "ActivityListItem",
});

const PlanRef = z.object({ id: z.uuid(), title: Text, startYear: z.int(), endYear: z.int() });

export const ActivitySchema = ActivitySummarySchema.extend({
  description: OptionalText,
  leadUnit: OptionalText,
  outcome: OptionalText,
  actualStart: Day,
  actualEnd: Day,
  plan: PlanRef,
  pillar: z.object({ id: z.uuid(), title: Text, position: z.int() }),
  partners: z.array(OrganizationSchema),
  meetings: z.array(MeetingSummarySchema),
  deliverables: z.array(DeliverableSummarySchema),
  frameworkTargets: z.array(FrameworkTargetSchema),
}).meta({ id: "Activity" });

export const PlanSummarySchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    startYear: z.int(),
    endYear: z.int(),
    title: Text,
    status: z.enum(PlanStatus),
    isPublic: z.boolean(),
    adoptionMeeting: MeetingRefSchema.nullable(),
    adoptedOn: Day,
    adoptedPrecision: z.enum(DatePrecision),
    circulatedOn: Day,
    pillarCount: z.int(),
    activityCount: z.int(),
    version: z.int(),
  })
  .meta({ id: "PlanSummary" });

export const PlanSchema = PlanSummarySchema.extend({
  summary: OptionalText,
  pillars: z.array(
    z.object({
      id: z.uuid(),
      key: z.string(),
      position: z.int(),
      title: Text,
      description: OptionalText,
      version: z.int(),
      activities: z.array(ActivitySummarySchema),
    }),
  ),
  meetings: z.array(MeetingSummarySchema),
  deliverables: z.array(DeliverableSummarySchema),
}).meta({ id: "Plan" });

export const PillarSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    planId: z.uuid(),
    position: z.int(),
    title: Text,
    description: OptionalText,
    activityCount: z.int(),
    version: z.int(),
  })
  .meta({ id: "Pillar" });

export const MeetingSchema = MeetingSummarySchema.extend({
  venue: OptionalText,
  organizer: OptionalText,
  objectives: OptionalText,
  outcome: OptionalText,
  plan: PlanRef.nullable(),
  participations: z.array(
    z.object({ memberState: MemberStateSchema, presentedEfforts: z.boolean(), note: OptionalText }),
  ),
  organizations: z.array(OrganizationSchema),
  agendaItems: z.array(
    z.object({
      id: z.uuid(),
      position: z.int(),
      title: Text,
      description: OptionalText,
      presenters: z.array(PartySchema),
    }),
  ),
  activities: z.array(PlannedActivity),
  deliverables: z.array(DeliverableSummarySchema),
  submissions: z.array(DeliverableSummarySchema),
}).meta({ id: "Meeting" });

export const DeliverableSchema = DeliverableSummarySchema.extend({
  description: OptionalText,
  documentUrl: z.string().nullable(),
  activity: PlannedActivity.nullable(),
  stages: z.array(
    z.object({
      id: z.uuid(),
      stage: z.enum(DeliverableStageKind),
      completed: z.boolean(),
      date: Day,
      datePrecision: z.enum(DatePrecision),
      language: z.string().nullable(),
      note: OptionalText,
      recipients: z.array(z.object({ party: PartySchema, note: OptionalText })),
    }),
  ),
  frameworkTargets: z.array(FrameworkTargetSchema),
}).meta({ id: "Deliverable" });

export const CommentSchema = z
  .object({
    id: z.uuid(),
    body: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    memberState: MemberStateSchema.nullable(),
    activityId: z.uuid().nullable(),
    meetingId: z.uuid().nullable(),
    deliverableId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.int(),
  })
  .meta({ id: "Comment" });

export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string(),
    role: z.enum(UserRole),
    memberStateId: z.string().length(2).nullable(),
    locale: z.string(),
    disabledAt: z.iso.datetime().nullable(),
    twoFactorEnabled: z.boolean(),
    createdAt: z.iso.datetime(),
    version: z.int(),
  })
  .meta({ id: "User" });

export const AuditEventSchema = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    action: z.enum(AuditAction),
    entityType: z.string(),
    entityId: z.string(),
    actor: z.object({ id: z.uuid().nullable(), name: z.string().nullable(), label: z.string().nullable() }),
    // `from` and `to` are any JSON value.
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    note: z.record(z.string(), z.string()).nullable(),
  })
  .meta({ id: "AuditEvent" });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      /** In the request's locale (`?locale=`, else Accept-Language, else Arabic). */
      message: z.string(),
      /** Field path → messages, for 422. */
      fields: z.record(z.string(), z.array(z.string())).optional(),
      /** For 409: the version the record is at and who changed it when. */
      conflict: z
        .object({ currentVersion: z.int(), changedBy: z.string().nullable(), changedAt: z.iso.datetime().nullable() })
        .optional(),
    }),
  })
  .meta({ id: "Error" });

const PersonRef = z.object({ id: z.uuid(), name: z.string() });

export const PledgeSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    memberState: MemberStateSchema,
    meeting: MeetingRefSchema.nullable(),
    title: Text,
    description: OptionalText,
    status: z.enum(PledgeStatus),
    progress: z.int().min(0).max(100),
    pendingUpdates: z.int(),
    lastAcceptedOn: Day,
    updatedAt: z.iso.datetime(),
    version: z.int(),
  })
  .meta({ id: "Pledge" });

export const PledgeUpdateSchema = z
  .object({
    id: z.uuid(),
    pledgeId: z.uuid(),
    author: PersonRef.nullable(),
    reportedOn: z.iso.date(),
    progress: z.int().min(0).max(100).nullable(),
    body: Text,
    status: z.enum(PledgeUpdateStatus),
    reviewer: PersonRef.nullable(),
    reviewedAt: z.iso.datetime().nullable(),
    reviewNote: OptionalText,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.int(),
  })
  .meta({ id: "PledgeUpdate" });

const TitledRef = z.object({ id: z.uuid(), title: Text });

export const MemberStateProfileSchema = z
  .object({
    state: MemberStateSchema,
    participations: z.array(
      z.object({
        meeting: MeetingSummarySchema,
        plan: PlanRef.nullable(),
        presentedEfforts: z.boolean(),
        note: OptionalText,
      }),
    ),
    presentations: z.array(z.object({ agendaItemId: z.uuid(), title: Text, meeting: MeetingRefSchema })),
    receivedDocuments: z.array(
      z.object({
        deliverable: TitledRef.extend({ type: z.enum(DeliverableType) }),
        stage: z.enum(DeliverableStageKind),
        date: Day,
        datePrecision: z.enum(DatePrecision),
        note: OptionalText,
        /** The groups standing for every state it was sent to; empty when sent to the state itself. */
        via: z.array(Text),
      }),
    ),
    pledges: z.array(PledgeSchema.extend({ updates: z.array(PledgeUpdateSchema).nullable() })).nullable(),
    pendingUpdates: z
      .array(
        PledgeUpdateSchema.extend({
          pledge: z.object({ id: z.uuid(), title: Text, progress: z.int(), memberState: MemberStateSchema }),
        }),
      )
      .nullable(),
    comments: z
      .array(
        CommentSchema.extend({
          target: TitledRef.extend({ kind: z.enum(["activity", "meeting", "deliverable"]) }).nullable(),
        }),
      )
      .nullable(),
  })
  .meta({ id: "MemberStateProfile" });

// Drift checks: each DTO must be assignable to its schema's type and back.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type DtoSchemaChecks = [
  Assert<Same<z.output<typeof MemberStateSchema>, MemberStateDto>>,
  Assert<Same<z.output<typeof PlanSummarySchema>, PlanSummary>>,
  Assert<Same<z.output<typeof PlanSchema>, PlanDetail>>,
  Assert<Same<z.output<typeof PillarSchema>, PillarDto>>,
  Assert<Same<z.output<typeof ActivityListItemSchema>, ActivityListItem>>,
  Assert<Same<z.output<typeof ActivitySchema>, ActivityDetail>>,
  Assert<Same<z.output<typeof MeetingSchema>, MeetingDetail>>,
  Assert<Same<z.output<typeof DeliverableSchema>, DeliverableDetail>>,
  Assert<Same<z.output<typeof CommentSchema>, CommentDto>>,
  Assert<Same<z.output<typeof UserSchema>, UserDto>>,
  Assert<Same<z.output<typeof PledgeSchema>, PledgeDto>>,
  Assert<Same<z.output<typeof PledgeUpdateSchema>, PledgeUpdateDto>>,
  Assert<Same<z.output<typeof MemberStateProfileSchema>, MemberStateProfile>>,
  // The audit trail's `from`/`to` are any JSON: the DTO only has to fit the schema.
  Assert<AuditEventDto extends z.output<typeof AuditEventSchema> ? true : false>,
];
