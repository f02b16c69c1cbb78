import "server-only";
import { DeleteInput } from "@/lib/validation/fields";
import { FieldCheck, givenFields, isUniqueViolation, type FieldSpec } from "@/lib/audit/record";
import { diff, transaction, writeAudit, type Snapshot, type Tx } from "@/lib/audit/write";
import {
  NEXT_VERSION,
  deleteVersioned,
  expectRecordVersion,
  findInScope,
  updateVersioned,
} from "@/lib/audit/versioned";
import { assertCan } from "@/lib/auth/permissions";
import { readableUsers } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";
import type { UserRole } from "@/lib/db/generated/enums";
import { AppError, orNotFound, parseInput } from "@/lib/errors";
import { getUser, type UserDto } from "./data";
import { UserCreateInput, UserUpdateInput } from "./schema";

// The admin's account records: name, email, role, the focal point's state, language, and whether
// the account is disabled. Credentials and invitations belong to the sign-in feature.

const USER_FIELDS = {
  email: "value",
  name: "value",
  role: "value",
  memberStateId: "value",
  locale: "value",
  disabled: "value",
} satisfies FieldSpec;

const userRecordSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  memberStateId: true,
  locale: true,
  disabledAt: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

type UserRecord = Prisma.UserGetPayload<{ select: typeof userRecordSelect }>;

function snapshot(row: UserRecord): Snapshot {
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    memberStateId: row.memberStateId,
    locale: row.locale,
    disabled: row.disabledAt !== null,
  };
}

function given(fields: Record<string, unknown>): Snapshot {
  const values = givenFields(fields, USER_FIELDS);
  // Addresses are compared without case: one person, one account.
  if (typeof values.email === "string") values.email = values.email.toLowerCase();
  return values;
}

/** A focal point speaks for exactly one state; no other role has one. */
async function check(tx: Tx, next: Snapshot, changed: (field: string) => boolean): Promise<void> {
  const errors = new FieldCheck();
  const role = next.role as UserRole;
  const state = next.memberStateId as string | null | undefined;
  if (role === "focal_point" && !state) errors.add("memberStateId", "required");
  if (role !== "focal_point" && state) errors.add("memberStateId", "focal_point_only");
  if (state && changed("memberStateId") && (await tx.memberState.count({ where: { id: state } })) === 0) {
    errors.add("memberStateId", "unknown_reference");
  }
  if (changed("email") && (await tx.user.count({ where: { email: next.email as string } })) > 0)
    errors.add("email", "taken");
  errors.throwIfAny();
}

const findUser = (tx: Tx, viewer: Viewer, id: string): Promise<UserRecord> =>
  findInScope(id, () =>
    tx.user.findFirst({ where: { AND: [{ id }, readableUsers(viewer)] }, select: userRecordSelect }),
  );

const emailTaken = (error: unknown) => {
  throw isUniqueViolation(error) ? new AppError("validation", { fields: { email: ["taken"] } }) : error;
};

export async function createUser(viewer: Viewer, input: unknown): Promise<UserDto> {
  assertCan(viewer, "create", "user");
  const values = given(parseInput(UserCreateInput, input));
  const id = await transaction(async (tx) => {
    await check(tx, values, (f) => f in values);
    const row = await tx.user
      .create({
        data: {
          email: values.email as string,
          name: values.name as string,
          role: values.role as UserRole,
          memberStateId: (values.memberStateId as string | undefined) ?? null,
          locale: (values.locale as string | undefined) ?? undefined,
        },
        select: userRecordSelect,
      })
      .catch(emailTaken);
    await writeAudit(tx, viewer, {
      action: "create",
      resource: "user",
      entityId: row.id,
      changes: diff(null, snapshot(row)),
    });
    return row.id;
  });
  return orNotFound(getUser(viewer, id));
}

export async function updateUser(viewer: Viewer, userId: string, input: unknown): Promise<UserDto> {
  assertCan(viewer, "update", "user");
  const { version, ...fields } = parseInput(UserUpdateInput, input);
  await transaction(async (tx) => {
    const before = await findUser(tx, viewer, userId);
    await expectRecordVersion(tx, "user", before, version);
    const old = snapshot(before);
    const next = { ...old, ...given(fields) };
    // Leaving the focal point role leaves the state too, unless the caller says otherwise.
    if (next.role !== "focal_point" && fields.memberStateId === undefined) next.memberStateId = null;
    const changes = diff(old, next);
    if (Object.keys(changes).length === 0) return;
    const changed = (field: string) => field in changes;
    // An admin cannot lock themselves out: another admin must demote or disable them.
    if (viewer.kind === "user" && viewer.userId === before.id && (changed("role") || changed("disabled"))) {
      throw new AppError("validation", { fields: { [changed("role") ? "role" : "disabled"]: ["own_account"] } });
    }
    await check(tx, next, changed);
    const data: Prisma.UserUncheckedUpdateManyInput = {};
    if (changed("email")) data.email = next.email as string;
    if (changed("name")) data.name = next.name as string;
    if (changed("role")) data.role = next.role as UserRole;
    if (changed("memberStateId")) data.memberStateId = next.memberStateId as string | null;
    if (changed("locale")) data.locale = next.locale as string;
    if (changed("disabled")) data.disabledAt = next.disabled ? new Date() : null;
    await updateVersioned(tx, viewer, {
      resource: "user",
      before,
      version,
      changes,
      write: (where) => tx.user.updateMany({ where, data: { ...data, ...NEXT_VERSION } }).catch(emailTaken),
    });
    // Disabling an account ends its sessions and revokes its API tokens at once: enabling it
    // again must not bring back access handed out before.
    if (changed("disabled") && next.disabled) {
      const now = new Date();
      await tx.session.deleteMany({ where: { userId: before.id } });
      await tx.apiToken.updateMany({ where: { userId: before.id, revokedAt: null }, data: { revokedAt: now } });
    }
  });
  return orNotFound(getUser(viewer, userId));
}

/**
 * Deletes an account that never changed anything. One that did stays, disabled instead: the
 * audit trail must keep naming who made each change (AuditEvent.actor is ON DELETE RESTRICT).
 */
export async function deleteUser(viewer: Viewer, userId: string, input: unknown): Promise<void> {
  assertCan(viewer, "delete", "user");
  const { version } = parseInput(DeleteInput, input);
  await transaction(async (tx) => {
    const before = await findUser(tx, viewer, userId);
    if (viewer.kind === "user" && viewer.userId === before.id) {
      throw new AppError("validation", { fields: { _: ["own_account"] } });
    }
    await expectRecordVersion(tx, "user", before, version);
    if ((await tx.auditEvent.count({ where: { actorId: before.id } })) > 0) {
      throw new AppError("validation", { fields: { _: ["has_history"] } });
    }
    await deleteVersioned(tx, viewer, {
      resource: "user",
      before,
      version,
      snapshot: snapshot(before),
      remove: (where) => tx.user.deleteMany({ where }),
    });
  });
}
