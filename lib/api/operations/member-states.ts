import { z } from "zod";
import { DeleteInput } from "@/lib/api/fields";
import {
  PledgeCreateInput,
  PledgeListQuery,
  PledgeUpdateEditInput,
  PledgeUpdateInput,
  PledgeUpdatePostInput,
  PledgeUpdateReviewInput,
} from "@/lib/pledges/schema";
import { AuditEventSchema, MemberStateProfileSchema, PledgeSchema, PledgeUpdateSchema } from "../dto-schemas";
import type { Operation } from "../operations";

// The member-states operations of /api/v1 (listed in lib/api/operations.ts): a state's profile,
// pledges, and the progress updates on them with the secretariat's review.

const tag = "pledges";

export const memberStatesOperations: Operation[] = [
  {
    method: "GET",
    path: "/api/v1/member-states/{id}/profile",
    operationId: "member_state_profile",
    summary: "A member state's meetings, presentations, documents received, pledges with their updates and its focal points' comments (each part as far as the caller may read it)",
    tag: "member-states",
    permission: { resource: "memberState", action: "read" },
    response: MemberStateProfileSchema,
    status: 200,
  },
  { method: "GET", path: "/api/v1/pledges", operationId: "list_pledges", summary: "List pledges (of one state with `memberStateId`)", tag, permission: { resource: "pledge", action: "read" }, query: PledgeListQuery, response: z.array(PledgeSchema), status: 200 },
  { method: "POST", path: "/api/v1/pledges", operationId: "create_pledge", summary: "Record a pledge", tag, permission: { resource: "pledge", action: "create" }, body: PledgeCreateInput, response: PledgeSchema, status: 201 },
  { method: "GET", path: "/api/v1/pledges/{id}", operationId: "get_pledge", summary: "Read one pledge", tag, permission: { resource: "pledge", action: "read" }, response: PledgeSchema, status: 200 },
  { method: "PATCH", path: "/api/v1/pledges/{id}", operationId: "update_pledge", summary: "Change a pledge (any subset of its fields, plus the version read)", tag, permission: { resource: "pledge", action: "update" }, body: PledgeUpdateInput, response: PledgeSchema, status: 200 },
  { method: "DELETE", path: "/api/v1/pledges/{id}", operationId: "delete_pledge", summary: "Delete a pledge and its updates (at the version read)", tag, permission: { resource: "pledge", action: "delete" }, query: DeleteInput, status: 204 },
  { method: "GET", path: "/api/v1/pledges/{id}/history", operationId: "history_pledge", summary: "The pledge's audit events, newest first", tag, permission: { resource: "auditHistory", action: "read" }, record: "pledge", response: z.array(AuditEventSchema), status: 200 },
  { method: "GET", path: "/api/v1/pledges/{id}/updates", operationId: "list_pledge_updates", summary: "The pledge's progress updates, newest first (a focal point: their own state's pledges only)", tag, permission: { resource: "pledgeUpdate", action: "read" }, record: "pledge", response: z.array(PledgeUpdateSchema), status: 200 },
  { method: "POST", path: "/api/v1/pledges/{id}/updates", operationId: "post_pledge_update", summary: "Report progress on a pledge (a focal point: their own state's pledges only); it waits for the secretariat's review", tag, permission: { resource: "pledgeUpdate", action: "create" }, record: "pledge", body: PledgeUpdatePostInput, response: PledgeUpdateSchema, status: 201 },
  { method: "GET", path: "/api/v1/pledge-updates/{id}", operationId: "get_pledge_update", summary: "Read one progress update", tag, permission: { resource: "pledgeUpdate", action: "read" }, response: PledgeUpdateSchema, status: 200 },
  { method: "PATCH", path: "/api/v1/pledge-updates/{id}", operationId: "edit_pledge_update", summary: "Reword a submitted or returned update (it goes back to review); accepted ones are final", tag, permission: { resource: "pledgeUpdate", action: "update" }, body: PledgeUpdateEditInput, response: PledgeUpdateSchema, status: 200 },
  { method: "POST", path: "/api/v1/pledge-updates/{id}/review", operationId: "review_pledge_update", summary: "Accept a submitted update (the pledge takes its progress) or return it with a note", tag, permission: { resource: "pledge", action: "update" }, record: "pledgeUpdate", body: PledgeUpdateReviewInput, response: PledgeUpdateSchema, status: 200 },
];
