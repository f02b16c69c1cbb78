import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { readableUsers } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/db/dto";
import { getDb } from "@/lib/db/client";
import { toUserSummary, userSummarySelect, type UserSummary } from "./dto";

// The administrator's view of accounts for the user pages: the account record (lib/users/data.ts
// has the API's DTO) plus what sign-in knows — whether the invitation has been used, whether
// two-step verification is on — and the focal point's state with its name. Changes go through
// lib/users/mutations.ts (versioned, audited); passwords through invitations.ts.

export async function listUserAccounts(viewer: Viewer): Promise<UserSummary[]> {
  assertCan(viewer, "read", "user");
  const rows = await getDb().user.findMany({
    where: readableUsers(viewer),
    select: userSummarySelect,
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }, { email: "asc" }],
  });
  return rows.map(toUserSummary);
}

export async function getUserAccount(viewer: Viewer, userId: string): Promise<UserSummary | null> {
  assertCan(viewer, "read", "user");
  if (!isUuid(userId)) return null;
  const row = await getDb().user.findFirst({
    where: { AND: [{ id: userId }, readableUsers(viewer)] },
    select: userSummarySelect,
  });
  return row ? toUserSummary(row) : null;
}
