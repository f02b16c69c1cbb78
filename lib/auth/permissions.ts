import type { UserRole } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import type { Viewer } from "./viewer";

// The one permissions table. Everything that decides who may do what reads it: the read scopes
// in scope.ts (what a query may return), `assertCan` (every mutation), the API documentation and
// the authorisation-matrix test, which is generated from it. Change a rule here and all of them
// follow (docs/decisions/006-permissions-versioning-audit.md).

export const ROLES = ["anonymous", "observer", "focal_point", "secretariat", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const RESOURCES = [
  "plan",
  "pillar",
  "activity",
  "meeting",
  "deliverable",
  "comment",
  "memberState",
  // A state's pledge at a forum, and the progress reports on it (docs/decisions/011-member-states-and-pledges.md).
  "pledge",
  "pledgeUpdate",
  "user",
  "auditHistory",
  // The whole database as one document: `read` exports it, `create` restores it (admins only).
  "backup",
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ["read", "create", "update", "delete"] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How far a grant reaches:
 * - `all`: every record (for reads: every record of a plan the viewer can read);
 * - `public`: reads of records under a public plan only (anonymous visitors);
 * - `ownState`: records of the focal point's member state. For reads this also covers records no
 *   state owns (the secretariat's comments); writes need the state to be the viewer's own;
 * - `own`: records the viewer wrote (the comment's author);
 * - `none`: never.
 */
export type Grant = "all" | "public" | "ownState" | "own" | "none";

type Row = Record<Action, Grant>;
const row = (read: Grant, create: Grant, update: Grant, del: Grant): Row => ({ read, create, update, delete: del });

const READ_ONLY = row("all", "none", "none", "none");
const PUBLIC_ONLY = row("public", "none", "none", "none");
const EDITOR = row("all", "all", "all", "all");
const NOTHING = row("none", "none", "none", "none");

export const PERMISSIONS: Record<Role, Record<Resource, Row>> = {
  anonymous: {
    plan: PUBLIC_ONLY,
    pillar: PUBLIC_ONLY,
    activity: PUBLIC_ONLY,
    meeting: PUBLIC_ONLY,
    deliverable: PUBLIC_ONLY,
    // Comments and the audit trail name people and states: signed-in users only.
    comment: NOTHING,
    memberState: READ_ONLY,
    // Pledges and their reports speak for governments: signed-in users only.
    pledge: NOTHING,
    pledgeUpdate: NOTHING,
    user: NOTHING,
    auditHistory: NOTHING,
    backup: NOTHING,
  },
  observer: {
    plan: READ_ONLY,
    pillar: READ_ONLY,
    activity: READ_ONLY,
    meeting: READ_ONLY,
    deliverable: READ_ONLY,
    comment: READ_ONLY,
    memberState: READ_ONLY,
    pledge: READ_ONLY,
    pledgeUpdate: READ_ONLY,
    user: NOTHING,
    auditHistory: READ_ONLY,
    backup: NOTHING,
  },
  focal_point: {
    plan: READ_ONLY,
    pillar: READ_ONLY,
    activity: READ_ONLY,
    meeting: READ_ONLY,
    deliverable: READ_ONLY,
    // A focal point speaks for one state: they see and write that state's comments only.
    comment: row("ownState", "ownState", "ownState", "ownState"),
    memberState: READ_ONLY,
    pledge: READ_ONLY,
    // A focal point reports on their own state's pledges and sees only their state's reports
    // (another state's progress shows on its pledges once the secretariat accepts it).
    pledgeUpdate: row("ownState", "ownState", "ownState", "none"),
    user: NOTHING,
    auditHistory: READ_ONLY,
    backup: NOTHING,
  },
  secretariat: {
    plan: EDITOR,
    pillar: EDITOR,
    activity: EDITOR,
    meeting: EDITOR,
    deliverable: EDITOR,
    // The secretariat moderates (deletes) any comment but rewords only its own.
    comment: row("all", "all", "own", "all"),
    memberState: READ_ONLY,
    // The secretariat records pledges; accepting or returning a report is a change to the pledge.
    pledge: EDITOR,
    pledgeUpdate: row("all", "all", "all", "none"),
    user: NOTHING,
    auditHistory: READ_ONLY,
    backup: NOTHING,
  },
  admin: {
    plan: EDITOR,
    pillar: EDITOR,
    activity: EDITOR,
    meeting: EDITOR,
    deliverable: EDITOR,
    comment: EDITOR,
    // Member states are ISO reference data loaded with the schema, never typed in.
    memberState: READ_ONLY,
    pledge: EDITOR,
    pledgeUpdate: row("all", "all", "all", "none"),
    user: EDITOR,
    // The audit trail is append-only: nobody edits it, the mutations write it.
    auditHistory: READ_ONLY,
    // Export (read) and restore into an empty database (create); a backup is never edited.
    backup: row("all", "all", "none", "none"),
  },
};

export function roleOf(viewer: Viewer): Role {
  return viewer.kind === "anonymous" ? "anonymous" : viewer.role;
}

export function grantFor(viewer: Viewer, action: Action, resource: Resource): Grant {
  return PERMISSIONS[roleOf(viewer)][resource][action];
}

/** What a record must tell `assertCan` for the grants that depend on it. */
export interface RecordFacts {
  /** The plan the record belongs to is public (for `public` reads). */
  isPublic?: boolean;
  /** The member state the record belongs to (for `ownState`). */
  memberStateId?: string | null;
  /** The user who wrote it (for `own`). */
  authorId?: string | null;
}

function reaches(grant: Grant, action: Action, viewer: Viewer, record: RecordFacts): boolean {
  switch (grant) {
    case "all":
      return true;
    case "public":
      return action === "read" && record.isPublic === true;
    case "ownState": {
      if (viewer.kind !== "user" || !viewer.memberStateId) return false;
      if (record.memberStateId === viewer.memberStateId) return true;
      return action === "read" && record.memberStateId == null;
    }
    case "own":
      return viewer.kind === "user" && record.authorId === viewer.userId;
    case "none":
      return false;
  }
}

export type Decision = "allow" | "unauthorized" | "forbidden" | "not_found";

/**
 * The answer for `viewer` doing `action` on `resource` — on any record of that resource when
 * `record` is omitted (may they try at all?), or on the given one. A record the viewer may not
 * even read answers `not_found`, so it cannot be told from a missing one.
 */
export function decide(viewer: Viewer, action: Action, resource: Resource, record?: RecordFacts): Decision {
  const grant = grantFor(viewer, action, resource);
  if (grant === "none") return viewer.kind === "anonymous" ? "unauthorized" : "forbidden";
  if (!record) return "allow";
  // Updating or deleting what one cannot read must look like a missing record. (A record being
  // created is not there yet to be hidden.)
  const existing = action === "update" || action === "delete";
  if (existing && !reaches(grantFor(viewer, "read", resource), "read", viewer, record)) return "not_found";
  if (reaches(grant, action, viewer, record)) return "allow";
  return action === "read" ? "not_found" : "forbidden";
}

export function can(viewer: Viewer, action: Action, resource: Resource, record?: RecordFacts): boolean {
  return decide(viewer, action, resource, record) === "allow";
}

/** Throws the AppError matching `decide` (401 anonymous, 403 role, 404 out of scope) unless allowed. */
export function assertCan(viewer: Viewer, action: Action, resource: Resource, record?: RecordFacts): void {
  const decision = decide(viewer, action, resource, record);
  if (decision !== "allow") throw new AppError(decision);
}

/** Roles that are user accounts (every role but anonymous). */
export const USER_ROLES = ROLES.filter((r): r is UserRole => r !== "anonymous");
