import type { Prisma } from "@/lib/db/generated/client";
import { toMemberState, memberStateSelect, type MemberStateDto } from "@/lib/member-states/dto";

// Accounts as the UI and the API see them: never the Prisma row (no hashes, no secrets).

export const USER_ROLES = ["admin", "secretariat", "focal_point", "observer"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Roles offered TOTP set-up: those who can change what everyone reads. */
export const TWO_FACTOR_ROLES: readonly UserRole[] = ["admin", "secretariat"];

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  /** Focal points only. */
  memberState: MemberStateDto | null;
  /** ISO timestamp, or null while the account is active. */
  disabledAt: string | null;
  twoFactorEnabled: boolean;
  /** False until the invitation link has been used. */
  hasPassword: boolean;
  createdAt: string;
  version: number;
}

export const userSummarySelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  memberState: { select: memberStateSelect },
  disabledAt: true,
  twoFactorEnabled: true,
  createdAt: true,
  version: true,
  accounts: { where: { providerId: "credential" }, select: { id: true } },
} satisfies Prisma.UserSelect;

export function toUserSummary(row: Prisma.UserGetPayload<{ select: typeof userSummarySelect }>): UserSummary {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    memberState: row.memberState ? toMemberState(row.memberState) : null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    twoFactorEnabled: row.twoFactorEnabled,
    hasPassword: row.accounts.length > 0,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** A one-time link to set a password, for the administrator to hand over. */
export interface SetPasswordLink {
  url: string;
  /** Whom it is for. */
  name: string;
  email: string;
  expiresAt: string;
  /** True when it was also sent to the user by email (SMTP configured). */
  emailed: boolean;
}

export interface ApiTokenSummary {
  id: string;
  name: string;
  /** The token's first characters, to tell tokens apart. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}
