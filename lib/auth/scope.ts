import type { Prisma } from "@/lib/db/generated/client";
import type { Viewer } from "./viewer";

// Read scope, shared by every feature's data.ts so that one rule decides what a viewer may see.
// Anonymous viewers read public plans and what hangs off them; signed-in users read every plan.

export function readablePlans(viewer: Viewer): Prisma.ActionPlanWhereInput {
  return viewer.kind === "anonymous" ? { isPublic: true } : {};
}

export function readableActivities(viewer: Viewer): Prisma.ActivityWhereInput {
  return { pillar: { plan: readablePlans(viewer) } };
}

/** A meeting is readable when held under a readable plan or serving one of its activities. */
export function readableMeetings(viewer: Viewer): Prisma.MeetingWhereInput {
  if (viewer.kind !== "anonymous") return {};
  return {
    OR: [
      { plan: readablePlans(viewer) },
      { activities: { some: { activity: readableActivities(viewer) } } },
    ],
  };
}

export function readableDeliverables(viewer: Viewer): Prisma.DeliverableWhereInput {
  if (viewer.kind !== "anonymous") return {};
  return {
    OR: [{ activity: readableActivities(viewer) }, { meeting: readableMeetings(viewer) }],
  };
}
