import type { Prisma } from "@/lib/db/generated/client";
import { grantFor } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

// Read scope of pledges and their updates: the permissions table's read grants as `where`
// clauses (the same translation lib/auth/scope.ts makes for the plan's records).

const NONE = { id: { in: [] as string[] } };

export function readablePledges(viewer: Viewer): Prisma.PledgeWhereInput {
  return grantFor(viewer, "read", "pledge") === "all" ? {} : NONE;
}

/** A focal point (`ownState`) reads the updates on their own state's pledges only. */
export function readablePledgeUpdates(viewer: Viewer): Prisma.PledgeUpdateWhereInput {
  if (grantFor(viewer, "read", "pledge") !== "all") return NONE;
  switch (grantFor(viewer, "read", "pledgeUpdate")) {
    case "all":
      return {};
    case "ownState":
      return viewer.kind === "user" && viewer.memberStateId
        ? { pledge: { memberStateId: viewer.memberStateId } }
        : NONE;
    default:
      return NONE;
  }
}
