import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient, UserRole } from "../../lib/db/generated/client";
import { hashPassword, verifyPassword } from "../../lib/auth/password";

// Demo accounts, one per role, loaded with the demo data only (prisma/seed/load.ts): `npm start`
// on an empty embedded database, or an explicit MUTABAA_DEMO_DATA=1 / `npm run db:seed`. Their
// password is public (README), so they must never reach a real deployment by default.
//
// Idempotent like the rest of the seed: a missing account is created; a drifted one (role,
// state, name, password) is put back; otherwise nothing is written. Passwords are argon2id
// hashes made by the same function better-auth uses (lib/auth/password.ts).

export const DEMO_PASSWORD = "mutabaa-demo";

export interface DemoAccount {
  email: string;
  name: string;
  role: UserRole;
  memberStateId: string | null;
}

export const demoAccounts: readonly DemoAccount[] = [
  { email: "admin@mutabaa.test", name: "هالة سليمان", role: "admin", memberStateId: null },
  { email: "secretariat@mutabaa.test", name: "سلمى الحداد", role: "secretariat", memberStateId: null },
  { email: "focal.eg@mutabaa.test", name: "أحمد عبد الرحمن", role: "focal_point", memberStateId: "EG" },
  { email: "focal.jo@mutabaa.test", name: "رنا الخطيب", role: "focal_point", memberStateId: "JO" },
  { email: "observer@mutabaa.test", name: "يوسف النجار", role: "observer", memberStateId: null },
];

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * Creates `account` with `password` as its credential, or brings an existing one back to it.
 * Returns what it did. Also used by the integration tests to make accounts.
 */
export async function upsertAccount(
  db: Db,
  account: DemoAccount,
  password: string,
): Promise<"created" | "updated" | "unchanged"> {
  const existing = await db.user.findUnique({
    where: { email: account.email },
    include: { accounts: { where: { providerId: "credential" } } },
  });
  if (!existing) {
    const user = await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        memberStateId: account.memberStateId,
        emailVerified: true,
      },
    });
    await db.account.create({
      data: {
        id: randomUUID(),
        accountId: user.id,
        providerId: "credential",
        userId: user.id,
        password: await hashPassword(password),
      },
    });
    return "created";
  }

  let changed = false;
  const drift =
    existing.name !== account.name ||
    existing.role !== account.role ||
    existing.memberStateId !== account.memberStateId ||
    existing.disabledAt !== null;
  if (drift) {
    await db.user.update({
      where: { id: existing.id },
      data: {
        name: account.name,
        role: account.role,
        memberStateId: account.memberStateId,
        disabledAt: null,
        version: { increment: 1 },
      },
    });
    changed = true;
  }
  const credential = existing.accounts[0];
  if (!credential) {
    await db.account.create({
      data: {
        id: randomUUID(),
        accountId: existing.id,
        providerId: "credential",
        userId: existing.id,
        password: await hashPassword(password),
      },
    });
    changed = true;
  } else if (!credential.password || !(await verifyPassword({ hash: credential.password, password }))) {
    // Only when it no longer matches: a fresh salt would otherwise rewrite the row every run.
    await db.account.update({ where: { id: credential.id }, data: { password: await hashPassword(password) } });
    changed = true;
  }
  return changed ? "updated" : "unchanged";
}

export async function loadDemoAccounts(
  db: Db,
  log: (line: string) => void = () => {},
): Promise<{ created: number; updated: number }> {
  const result = { created: 0, updated: 0 };
  for (const account of demoAccounts) {
    const outcome = await upsertAccount(db, account, DEMO_PASSWORD);
    if (outcome === "created") result.created += 1;
    if (outcome === "updated") {
      result.updated += 1;
      log(`Updated demo account ${account.email}`);
    }
  }
  if (result.created > 0) {
    log(`Demo accounts: ${result.created} created (password "${DEMO_PASSWORD}"; for evaluation only)`);
  }
  return result;
}
