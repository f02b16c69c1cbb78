import type { Prisma } from "@/lib/db/generated/client";
import { grantFor } from "./permissions";
import type { Viewer } from "./viewer";

// Read scope, shared by every feature's data.ts and mutations.ts so that one rule decides what a
// viewer may see. The rule itself is the permissions table (permissions.ts): these functions only
// translate its read grants into `where` clauses. Anonymous viewers read public plans and what
// hangs off them; signed-in users read every plan.

/** Matches no row: every model queried here has a UUID `id`, and `in: []` selects nothing. */
const NONE = { id: { in: [] as string[] } };

export function readablePlans(viewer: Viewer): Prisma.ActionPlanWhereInput {
  switch (grantFor(viewer, "read", "plan")) {
    case "all":
      return {};
    case "public":
      return { isPublic: true };
    default:
      return NONE;
  }
}

export function readablePillars(viewer: Viewer): Prisma.PillarWhereInput {
  if (grantFor(viewer, "read", "pillar") === "none") return NONE;
  return { plan: readablePlans(viewer) };
}

export function readableActivities(viewer: Viewer): Prisma.ActivityWhereInput {
  if (grantFor(viewer, "read", "activity") === "none") return NONE;
  return { pillar: { plan: readablePlans(viewer) } };
}

/** A meeting is readable when held under a readable plan or serving one of its activities. */
export function readableMeetings(viewer: Viewer): Prisma.MeetingWhereInput {
  const grant = grantFor(viewer, "read", "meeting");
  if (grant === "none") return NONE;
  if (grant === "all" && grantFor(viewer, "read", "plan") === "all") return {};
  return {
    OR: [{ plan: readablePlans(viewer) }, { activities: { some: { activity: readableActivities(viewer) } } }],
  };
}

export function readableDeliverables(viewer: Viewer): Prisma.DeliverableWhereInput {
  const grant = grantFor(viewer, "read", "deliverable");
  if (grant === "none") return NONE;
  if (grant === "all" && grantFor(viewer, "read", "plan") === "all") return {};
  return {
    OR: [{ activity: readableActivities(viewer) }, { meeting: readableMeetings(viewer) }],
  };
}

/**
 * Comments the viewer may read: not deleted, on a record they can read, and within their grant
 * (a focal point sees their own state's comments and the secretariat's, never another state's).
 */
export function readableComments(viewer: Viewer): Prisma.CommentWhereInput {
  const where: Prisma.CommentWhereInput[] = [{ deletedAt: null }];
  switch (grantFor(viewer, "read", "comment")) {
    case "all":
      break;
    case "ownState":
      if (viewer.kind !== "user" || !viewer.memberStateId) return NONE;
      where.push({ OR: [{ memberStateId: null }, { memberStateId: viewer.memberStateId }] });
      break;
    default:
      return NONE;
  }
  if (grantFor(viewer, "read", "plan") !== "all") {
    where.push({
      OR: [
        { activity: readableActivities(viewer) },
        { meeting: readableMeetings(viewer) },
        { deliverable: readableDeliverables(viewer) },
      ],
    });
  }
  return { AND: where };
}

export function readableUsers(viewer: Viewer): Prisma.UserWhereInput {
  return grantFor(viewer, "read", "user") === "all" ? {} : NONE;
}
