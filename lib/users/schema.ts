import { z } from "zod";
import { MemberStateCode, Text, Version } from "@/lib/validation/fields";
import { UserRole } from "@/lib/db/generated/enums";
import { locales } from "@/lib/i18n/locales";

// Input of the admin's account mutations (POST/PATCH /api/v1/users). Passwords and invitations
// are the sign-in feature's (better-auth); this edits the account record only.

const userFields = {
  email: z.email().max(254),
  name: Text(200),
  role: z.enum(UserRole),
  /** Required for focal points (the state they speak for), refused for every other role. */
  memberStateId: MemberStateCode.nullable(),
  locale: z.enum(locales),
  /** A disabled account cannot sign in and its sessions end. */
  disabled: z.boolean(),
};

export const UserCreateInput = z
  .strictObject({
    email: userFields.email,
    name: userFields.name,
    role: userFields.role,
    memberStateId: userFields.memberStateId.optional(),
    locale: userFields.locale.optional(),
  })
  .meta({ id: "UserCreateInput" });
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserUpdateInput = z
  .strictObject({ ...z.object(userFields).partial().shape, version: Version })
  .meta({ id: "UserUpdateInput" });
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;
