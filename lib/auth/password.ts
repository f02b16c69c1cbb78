import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";

// Password hashing for better-auth (lib/auth/auth.ts) and the demo accounts (prisma/seed).
// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): memory-hard, so a stolen
// Account table is expensive to attack on GPUs, while a sign-in still costs only ~50 ms of CPU.
// @node-rs/argon2 ships prebuilt binaries as optional dependencies, so no install script runs.

// `Algorithm` is a const enum, which isolatedModules cannot read: 2 is its `Argon2id` member.
const ARGON2ID = 2 as Algorithm;

export const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False (never an exception) for a wrong password or a hash this function cannot read. */
export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  if (!stored.startsWith("$argon2")) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Passwords shorter than this are refused when set (NIST SP 800-63B asks for at least 8). */
export const MIN_PASSWORD_LENGTH = 10;
/** argon2 has no input limit, but a megabyte-long "password" would still cost CPU to refuse. */
export const MAX_PASSWORD_LENGTH = 128;
