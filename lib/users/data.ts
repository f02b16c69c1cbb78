import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { readableUsers } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import type { UserRole } from "@/lib/db/generated/enums";
import { DEFAULT_DISPLAY, type DisplayPreferences } from "@/lib/i18n/display";

// Accounts, for the admin. Never selects credentials: passwords live in better-auth's Account rows.

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** Focal points only: the state they speak for. */
  memberStateId: string | null;
  locale: string;
  /** When the account was disabled; null while it is active. */
  disabledAt: string | null;
  twoFactorEnabled: boolean;
  createdAt: string;
  version: number;
}

export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  memberStateId: true,
  locale: true,
  disabledAt: true,
  twoFactorEnabled: true,
  createdAt: true,
  version: true,
} satisfies Prisma.UserSelect;

export function toUser(row: Prisma.UserGetPayload<{ select: typeof userSelect }>): UserDto {
  return { ...row, disabledAt: row.disabledAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}

/** Every account, by name. Admins only (401/403 otherwise: the list itself is what is refused). */
export async function listUsers(viewer: Viewer): Promise<UserDto[]> {
  assertCan(viewer, "read", "user");
  const rows = await getDb().user.findMany({
    where: readableUsers(viewer),
    select: userSelect,
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return rows.map(toUser);
}

export async function getUser(viewer: Viewer, userId: string): Promise<UserDto | null> {
  assertCan(viewer, "read", "user");
  if (!isUuid(userId)) return null;
  const row = await getDb().user.findFirst({
    where: { AND: [{ id: userId }, readableUsers(viewer)] },
    select: userSelect,
  });
  return row ? toUser(row) : null;
}

/** The reader's digits and Hijri preference; visitors (and unknown users) get the defaults. */
export async function getDisplayPreferences(viewer: Viewer): Promise<DisplayPreferences> {
  if (viewer.kind !== "user") return DEFAULT_DISPLAY;
  if (viewer.display) return viewer.display;
  const user = await getDb().user.findUnique({
    where: { id: viewer.userId },
    select: { digits: true, showHijri: true },
  });
  return user ? { digits: user.digits, hijri: user.showHijri } : DEFAULT_DISPLAY;
}
