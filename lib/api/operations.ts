import { z } from "zod";
import { BackupDocumentSchema } from "@/lib/backup/schema";
import { ActivityCreateInput, ActivityListQuery, ActivityUpdateInput } from "@/lib/activities/schema";
import type { AuditedResource } from "@/lib/audit/write";
import type { Action, Resource } from "@/lib/auth/permissions";
import { CommentCreateInput, CommentListQuery, CommentUpdateInput } from "@/lib/comments/schema";
import { DeliverableCreateInput, DeliverableListQuery, DeliverableUpdateInput } from "@/lib/deliverables/schema";
import { MeetingCreateInput, MeetingLinkInput, MeetingListQuery, MeetingUpdateInput } from "@/lib/meetings/schema";
import { PillarCreateInput, PillarListQuery, PillarUpdateInput } from "@/lib/pillars/schema";
import { PlanCreateInput, PlanUpdateInput } from "@/lib/plans/schema";
import { ReportQuery } from "@/lib/reports/model";
import { UserCreateInput, UserUpdateInput } from "@/lib/users/schema";
import {
  ActivityListItemSchema,
  ActivitySchema,
  AuditEventSchema,
  CommentSchema,
  DeliverableSchema,
  DeliverableSummarySchema,
  MeetingSchema,
  MeetingSummarySchema,
  MemberStateSchema,
  PillarSchema,
  PlanSchema,
  PlanSummarySchema,
  UserSchema,
} from "./dto-schemas";
import { ReorderInput } from "@/lib/validation/fields";
import { calendarOperations } from "./operations/calendar";
import { dashboardOperations } from "./operations/dashboard";
import { dataTransferOperations } from "./operations/data-transfer";
import { frameworksOperations } from "./operations/frameworks";
import { memberStatesOperations } from "./operations/member-states";
import { reportJobsOperations } from "./operations/report-jobs";

// Every operation of /api/v1, described once: the OpenAPI document is generated from this list
// and the authorisation-matrix test walks it (with the permissions table) route by route. A
// test fails when a route file under app/api/v1 is missing here, or listed here but absent.

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Operation {
  method: Method;
  /** OpenAPI path template, e.g. `/api/v1/plans/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** The permission the operation needs (null: none, e.g. the OpenAPI document). */
  permission: { resource: Resource; action: Action } | null;
  /** For history and link routes: the kind of record `{id}` names. */
  record?: AuditedResource;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The body's media type when it is not JSON (file uploads). */
  bodyType?: "multipart/form-data";
  /** What `data` holds in a success answer (none for 204). */
  response?: z.ZodType;
  /** Content types of a file answer instead of JSON (the plan report). */
  files?: string[];
  status: 200 | 201 | 202 | 204;
  /**
   * Left out of the tests that walk every operation with database records and audited writes
   * (the authorisation matrix, the OpenAPI response-schema check): e.g. report jobs, held in
   * memory for the viewer who started them. The feature's integration tests cover it.
   */
  outsideMatrix?: true;
}

const VersionQuery = z.object({
  version: z
    .int()
    .min(1)
    .meta({ description: 'The version of the record the client saw (or send `{ "version" }` as the body).' }),
});

interface CrudSpec {
  path: string;
  tag: string;
  resource: AuditedResource;
  noun: string;
  listQuery?: z.ZodObject;
  listItem: z.ZodType;
  item: z.ZodType;
  create: z.ZodType;
  update: z.ZodType;
}

function crud(spec: CrudSpec): Operation[] {
  const { path, tag, resource, noun } = spec;
  const item = `${path}/{id}`;
  const permission = (action: Action) => ({ resource, action });
  return [
    {
      method: "GET",
      path,
      operationId: `list_${tag}`,
      summary: `List the ${noun}s the caller may read`,
      tag,
      permission: permission("read"),
      query: spec.listQuery,
      response: z.array(spec.listItem),
      status: 200,
    },
    {
      method: "POST",
      path,
      operationId: `create_${resource}`,
      summary: `Create a ${noun}`,
      tag,
      permission: permission("create"),
      body: spec.create,
      response: spec.item,
      status: 201,
    },
    {
      method: "GET",
      path: item,
      operationId: `get_${resource}`,
      summary: `Read one ${noun}`,
      tag,
      permission: permission("read"),
      response: spec.item,
      status: 200,
    },
    {
      method: "PATCH",
      path: item,
      operationId: `update_${resource}`,
      summary: `Change a ${noun} (any subset of its fields, plus the version read)`,
      tag,
      permission: permission("update"),
      body: spec.update,
      response: spec.item,
      status: 200,
    },
    {
      method: "DELETE",
      path: item,
      operationId: `delete_${resource}`,
      summary: `Delete a ${noun} (at the version read)`,
      tag,
      permission: permission("delete"),
      query: VersionQuery,
      status: 204,
    },
    {
      method: "GET",
      path: `${item}/history`,
      operationId: `history_${resource}`,
      summary: `The ${noun}'s audit events, newest first`,
      tag,
      permission: { resource: "auditHistory", action: "read" },
      record: resource,
      response: z.array(AuditEventSchema),
      status: 200,
    },
  ];
}

export const OPERATIONS: Operation[] = [
  ...crud({
    path: "/api/v1/plans",
    tag: "plans",
    resource: "plan",
    noun: "plan",
    listItem: PlanSummarySchema,
    item: PlanSchema,
    create: PlanCreateInput,
    update: PlanUpdateInput,
  }),
  {
    method: "GET",
    path: "/api/v1/plans/{id}/report",
    operationId: "plan_report",
    summary: "The plan's status report as a file (PDF, Word, PowerPoint, Excel or CSV), in Arabic, English or both",
    tag: "plans",
    permission: { resource: "plan", action: "read" },
    record: "plan",
    query: ReportQuery,
    // As lib/reports/render.ts answers them (not imported: it loads the renderers).
    files: [
      "application/pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "text/csv",
    ],
    status: 200,
  },
  {
    method: "PUT",
    path: "/api/v1/plans/{id}/pillar-order",
    operationId: "reorder_pillars",
    summary: "Put the plan's pillars in a new order (every pillar once, each with its version)",
    tag: "pillars",
    permission: { resource: "pillar", action: "update" },
    record: "plan",
    body: ReorderInput,
    response: z.array(PillarSchema),
    status: 200,
  },
  ...crud({
    path: "/api/v1/pillars",
    tag: "pillars",
    resource: "pillar",
    noun: "pillar",
    listQuery: PillarListQuery,
    listItem: PillarSchema,
    item: PillarSchema,
    create: PillarCreateInput,
    update: PillarUpdateInput,
  }),
  {
    method: "PUT",
    path: "/api/v1/pillars/{id}/activity-order",
    operationId: "reorder_activities",
    summary: "Put the pillar's activities in a new order (every activity once, each with its version)",
    tag: "activities",
    permission: { resource: "activity", action: "update" },
    record: "pillar",
    body: ReorderInput,
    response: z.array(ActivityListItemSchema),
    status: 200,
  },
  ...crud({
    path: "/api/v1/activities",
    tag: "activities",
    resource: "activity",
    noun: "activity",
    listQuery: ActivityListQuery,
    listItem: ActivityListItemSchema,
    item: ActivitySchema,
    create: ActivityCreateInput,
    update: ActivityUpdateInput,
  }),
  ...crud({
    path: "/api/v1/meetings",
    tag: "meetings",
    resource: "meeting",
    noun: "meeting",
    listQuery: MeetingListQuery,
    listItem: MeetingSummarySchema,
    item: MeetingSchema,
    create: MeetingCreateInput,
    update: MeetingUpdateInput,
  }),
  {
    method: "PUT",
    path: "/api/v1/meetings/{id}/activities/{activityId}",
    operationId: "link_activity",
    summary: "Link an activity to the meeting (at the meeting's version)",
    tag: "meetings",
    permission: { resource: "meeting", action: "update" },
    record: "meeting",
    body: MeetingLinkInput,
    response: MeetingSchema,
    status: 200,
  },
  {
    method: "DELETE",
    path: "/api/v1/meetings/{id}/activities/{activityId}",
    operationId: "unlink_activity",
    summary: "Unlink an activity from the meeting (at the meeting's version)",
    tag: "meetings",
    permission: { resource: "meeting", action: "update" },
    record: "meeting",
    query: VersionQuery,
    response: MeetingSchema,
    status: 200,
  },
  ...crud({
    path: "/api/v1/deliverables",
    tag: "deliverables",
    resource: "deliverable",
    noun: "deliverable",
    listQuery: DeliverableListQuery,
    listItem: DeliverableSummarySchema,
    item: DeliverableSchema,
    create: DeliverableCreateInput,
    update: DeliverableUpdateInput,
  }),
  ...crud({
    path: "/api/v1/comments",
    tag: "comments",
    resource: "comment",
    noun: "comment",
    listQuery: CommentListQuery,
    listItem: CommentSchema,
    item: CommentSchema,
    create: CommentCreateInput,
    update: CommentUpdateInput,
  }),
  ...crud({
    path: "/api/v1/users",
    tag: "users",
    resource: "user",
    noun: "user account",
    listItem: UserSchema,
    item: UserSchema,
    create: UserCreateInput,
    update: UserUpdateInput,
  }),
  {
    method: "GET",
    path: "/api/v1/member-states",
    operationId: "list_member_states",
    summary: "The member states of the League of Arab States",
    tag: "member-states",
    permission: { resource: "memberState", action: "read" },
    response: z.array(MemberStateSchema),
    status: 200,
  },
  {
    method: "GET",
    path: "/api/v1/member-states/{id}",
    operationId: "get_member_state",
    summary: "One member state, by ISO 3166-1 alpha-2 code",
    tag: "member-states",
    permission: { resource: "memberState", action: "read" },
    response: MemberStateSchema,
    status: 200,
  },
  {
    method: "GET",
    path: "/api/v1/export",
    operationId: "export_backup",
    summary: "Every table's rows as one backup document, as a download (restore it with `npm run db:restore`)",
    tag: "backup",
    permission: { resource: "backup", action: "read" },
    response: BackupDocumentSchema,
    status: 200,
  },
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    operationId: "openapi",
    summary: "This document",
    tag: "meta",
    permission: null,
    status: 200,
  },
  ...dashboardOperations,
  ...memberStatesOperations,
  ...frameworksOperations,
  ...calendarOperations,
  ...dataTransferOperations,
  ...reportJobsOperations,
];
